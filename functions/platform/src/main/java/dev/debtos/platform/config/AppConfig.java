package dev.debtos.platform.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the operations guide's "Environment Configuration", read once at start-up and validated.
 * A missing or malformed value throws {@link ConfigException} naming the variable; secrets are {@link Secret}s.
 * NODE_ENV from the guide has no meaning here: DEBT_OS_PROFILE (local | aws) takes its place.
 */
public record AppConfig(
        Profile profile,
        int port,
        String logLevel,
        DatabaseSettings database,
        RedisSettings redis,
        Optional<Secret> jwtSecret,
        Duration jwtExpiresIn,
        Optional<OAuthClientSettings> github,
        Optional<OAuthClientSettings> gitlab,
        Optional<Secret> openAiApiKey,
        Optional<Secret> anthropicApiKey,
        LlmSettings llm,
        Path repoStoragePath,
        List<String> corsOrigins,
        RateLimitSettings rateLimits,
        QueueSettings queue,
        Optional<URI> frontendUrl,
        Optional<Secret> dataEncryptionKey,
        CloneSettings cloning,
        GitProviderSettings gitProviders,
        List<Path> localRepositoryRoots) {

    static final int MIN_JWT_SECRET_BYTES = 32; // HS256 needs a key of at least 256 bits
    /** Only for the local profile, so a developer's first run needs no set-up; refused everywhere else. */
    static final String LOCAL_JWT_SECRET = "debt-os-local-profile-only-jwt-secret-not-for-deployment";
    /** Same rule for the key that encrypts webhook secrets and OAuth tokens at rest. */
    static final String LOCAL_DATA_KEY = "debt-os-local-profile-only-data-key-not-for-deployment";

    public static AppConfig fromEnvironment() {
        Map<String, String> env = System.getenv();
        boolean needsSecretStore = env.keySet().stream().anyMatch(k -> k.endsWith("_SECRET_ARN"));
        SecretSource secrets = needsSecretStore ? SecretsManagerSource.fromEnvironment() : SecretSource.NONE;
        return load(env, secrets);
    }

    public static AppConfig load(Map<String, String> variables, SecretSource secrets) {
        Env env = new Env(variables, secrets);
        Profile profile = Profile.from(env);
        Optional<Secret> jwt = env.secret("JWT_SECRET");
        if (jwt.isPresent() && jwt.get().reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < MIN_JWT_SECRET_BYTES) {
            throw new ConfigException("JWT_SECRET", "must be at least 32 bytes (256 bits) long; 64 random characters recommended");
        }
        if (jwt.isEmpty() && profile == Profile.LOCAL) {
            jwt = Optional.of(Secret.of(LOCAL_JWT_SECRET));
        }
        int port = env.integer("PORT", 3001, 1, 65535);
        GitProviderSettings providers = GitProviderSettings.read(env);
        Optional<OAuthClientSettings> github = OAuthClientSettings.read(env, "GITHUB", providers);
        Optional<OAuthClientSettings> gitlab = OAuthClientSettings.read(env, "GITLAB", providers);
        Optional<Secret> openAiKey = env.secret("OPENAI_API_KEY");
        Optional<Secret> anthropicKey = env.secret("ANTHROPIC_API_KEY");
        Path repoStoragePath = repoStoragePath(env, profile);
        return new AppConfig(
                profile,
                port,
                logLevel(env),
                DatabaseConfig.read(env, profile),
                RedisConfig.read(env),
                jwt,
                DurationText.parse("JWT_EXPIRES_IN", env.optional("JWT_EXPIRES_IN").orElse("7d")),
                github,
                gitlab,
                openAiKey,
                anthropicKey,
                LlmSettings.read(env, openAiKey, anthropicKey),
                repoStoragePath,
                corsOrigins(env, profile),
                new RateLimitSettings(env.integer("RATE_LIMIT_PER_MINUTE", 600, 1, 1_000_000),
                        env.integer("RATE_LIMIT_ANONYMOUS_PER_MINUTE", 120, 1, 1_000_000),
                        env.integer("RATE_LIMIT_WEBHOOK_PER_MINUTE", 3000, 1, 1_000_000)),
                QueueSettings.read(env),
                frontendUrl(env, profile, port),
                dataEncryptionKey(env, profile),
                CloneSettings.read(env, github, gitlab),
                providers,
                LocalRepositoryRoots.read(env, repoStoragePath));
    }

    /** The API's signing key; its absence stops an API function's start-up with one line. */
    public Secret requireJwtSecret() {
        return jwtSecret.orElseThrow(() -> new ConfigException("JWT_SECRET", "is required (at least 32 bytes)"));
    }

    /**
     * Where OAuth logins land after the callback and PR statuses link to (FRONTEND_URL). The local default is the
     * dashboard {@code debt-os serve} itself serves, {@code http://127.0.0.1:<PORT>}.
     */
    private static Optional<URI> frontendUrl(Env env, Profile profile, int port) {
        Optional<String> raw = env.optional("FRONTEND_URL");
        if (raw.isEmpty() && profile == Profile.LOCAL) {
            raw = Optional.of("http://127.0.0.1:" + port);
        }
        return raw.map(url -> HttpUrls.parse("FRONTEND_URL", url));
    }

    public URI requireFrontendUrl() {
        return frontendUrl.orElseThrow(() -> new ConfigException("FRONTEND_URL", "is required for OAuth logins"));
    }

    public Secret requireDataEncryptionKey() {
        return dataEncryptionKey.orElseThrow(
                () -> new ConfigException("DATA_ENCRYPTION_KEY", "is required to store secrets (at least 32 bytes)"));
    }

    /**
     * DATA_ENCRYPTION_KEY (or DATA_ENCRYPTION_KEY_SECRET_ARN): at least 32 bytes; AES-256-GCM keys for webhook
     * secrets and OAuth tokens are derived from it. The local profile falls back to a fixed development key.
     */
    private static Optional<Secret> dataEncryptionKey(Env env, Profile profile) {
        Optional<Secret> key = env.secret("DATA_ENCRYPTION_KEY");
        if (key.isPresent() && key.get().reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < MIN_JWT_SECRET_BYTES) {
            throw new ConfigException("DATA_ENCRYPTION_KEY", "must be at least 32 bytes (256 bits) long");
        }
        if (key.isEmpty() && profile == Profile.LOCAL) {
            return Optional.of(Secret.of(LOCAL_DATA_KEY));
        }
        return key;
    }

    private static String logLevel(Env env) {
        String level = env.optional("LOG_LEVEL").orElse("info").toLowerCase(Locale.ROOT);
        if (!List.of("error", "warn", "info", "debug", "trace").contains(level)) {
            throw new ConfigException("LOG_LEVEL", "must be one of error, warn, info, debug, trace");
        }
        return level;
    }

    private static Path repoStoragePath(Env env, Profile profile) {
        String fallback = profile == Profile.AWS ? "/tmp/debt-os/repos"
                : Path.of(System.getProperty("java.io.tmpdir"), "debt-os", "repos").toString();
        Path path = Path.of(env.optional("REPO_STORAGE_PATH").orElse(fallback));
        if (!path.isAbsolute()) {
            throw new ConfigException("REPO_STORAGE_PATH", "must be an absolute path");
        }
        return path.normalize();
    }

    private static List<String> corsOrigins(Env env, Profile profile) {
        Optional<String> raw = env.optional("CORS_ORIGIN");
        if (raw.isEmpty()) {
            return profile == Profile.LOCAL ? List.of("http://localhost:3000", "http://localhost:5173") : List.of();
        }
        List<String> origins = new ArrayList<>();
        for (String item : raw.get().split(",")) {
            if (!item.isBlank()) {
                origins.add(HttpUrls.origin("CORS_ORIGIN", item.trim()));
            }
        }
        return List.copyOf(origins);
    }
}
