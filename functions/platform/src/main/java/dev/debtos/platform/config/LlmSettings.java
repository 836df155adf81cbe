package dev.debtos.platform.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The LLM review stage's configuration. {@code LLM_PROVIDER} is {@code openai} (OpenAI, or any OpenAI-compatible
 * server at {@code OPENAI_BASE_URL}: Ollama, vLLM, LM Studio), {@code anthropic} or {@code none}; when it is not set,
 * the provider is the one whose key (or OpenAI base URL) is set, OpenAI first, else none. {@code LLM_MODEL} names the
 * model (default {@link #DEFAULT_OPENAI_MODEL} / {@link #DEFAULT_ANTHROPIC_MODEL}); {@code LLM_VERIFY} (default true)
 * adds the critic call; {@code LLM_DAILY_TOKEN_QUOTA} caps the tokens of all scans in any 24 hours
 * (a rolling window); {@code LLM_TIMEOUT}
 * bounds one call; {@code LLM_MAX_ATTEMPTS} counts the first try and its retries; {@code LLM_CONCURRENCY} limits
 * calls in flight per worker.
 */
public record LlmSettings(Provider provider, String model, Optional<URI> baseUrl, Optional<Secret> apiKey,
                          boolean verify, long dailyTokenQuota, Duration timeout, int maxAttempts, int concurrency) {

    public static final String DEFAULT_OPENAI_MODEL = "gpt-4.1-mini";
    public static final String DEFAULT_ANTHROPIC_MODEL = "claude-haiku-4-5";
    public static final int DEFAULT_DAILY_TOKEN_QUOTA = 2_000_000;

    public enum Provider {
        OPENAI, ANTHROPIC, NONE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final LlmSettings NONE = new LlmSettings(Provider.NONE, "", Optional.empty(), Optional.empty(), false,
            DEFAULT_DAILY_TOKEN_QUOTA, Duration.ofSeconds(60), 4, 2);

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /**
     * The LLM settings alone, for commands that need no other configuration ({@code debt-os analyze}); keys may come
     * from Secrets Manager as everywhere else.
     */
    public static LlmSettings fromEnvironment() {
        java.util.Map<String, String> variables = System.getenv();
        boolean needsSecretStore = variables.keySet().stream().anyMatch(k -> k.endsWith("_API_KEY_SECRET_ARN"));
        return load(variables, needsSecretStore ? SecretsManagerSource.fromEnvironment() : SecretSource.NONE);
    }

    public static LlmSettings load(java.util.Map<String, String> variables, SecretSource secrets) {
        Env env = new Env(variables, secrets);
        return read(env, env.secret("OPENAI_API_KEY"), env.secret("ANTHROPIC_API_KEY"));
    }

    static LlmSettings read(Env env, Optional<Secret> openAiKey, Optional<Secret> anthropicKey) {
        Optional<URI> openAiUrl = env.optional("OPENAI_BASE_URL").map(url -> HttpUrls.parse("OPENAI_BASE_URL", url));
        Optional<URI> anthropicUrl = env.optional("ANTHROPIC_BASE_URL").map(url -> HttpUrls.parse("ANTHROPIC_BASE_URL", url));
        Provider provider = provider(env, openAiKey.isPresent() || openAiUrl.isPresent(), anthropicKey.isPresent());
        boolean verify = env.bool("LLM_VERIFY", true);
        long quota = env.integer("LLM_DAILY_TOKEN_QUOTA", DEFAULT_DAILY_TOKEN_QUOTA, 0, Integer.MAX_VALUE);
        Duration timeout = DurationText.parse("LLM_TIMEOUT", env.optional("LLM_TIMEOUT").orElse("60s"));
        int attempts = env.integer("LLM_MAX_ATTEMPTS", 4, 1, 10);
        int concurrency = env.integer("LLM_CONCURRENCY", 2, 1, 64);
        return switch (provider) {
            case NONE -> new LlmSettings(Provider.NONE, "", Optional.empty(), Optional.empty(), verify, quota, timeout,
                    attempts, concurrency);
            case OPENAI -> {
                if (openAiKey.isEmpty() && openAiUrl.isEmpty()) {
                    throw new ConfigException("LLM_PROVIDER", "is openai, which needs OPENAI_API_KEY or OPENAI_BASE_URL");
                }
                yield new LlmSettings(provider, env.optional("LLM_MODEL").orElse(DEFAULT_OPENAI_MODEL), openAiUrl, openAiKey,
                        verify, quota, timeout, attempts, concurrency);
            }
            case ANTHROPIC -> {
                if (anthropicKey.isEmpty()) {
                    throw new ConfigException("LLM_PROVIDER", "is anthropic, which needs ANTHROPIC_API_KEY");
                }
                yield new LlmSettings(provider, env.optional("LLM_MODEL").orElse(DEFAULT_ANTHROPIC_MODEL), anthropicUrl,
                        anthropicKey, verify, quota, timeout, attempts, concurrency);
            }
        };
    }

    private static Provider provider(Env env, boolean openAi, boolean anthropic) {
        Optional<String> named = env.optional("LLM_PROVIDER");
        if (named.isPresent()) {
            return switch (named.get().toLowerCase(Locale.ROOT)) {
                case "openai" -> Provider.OPENAI;
                case "anthropic" -> Provider.ANTHROPIC;
                case "none" -> Provider.NONE;
                default -> throw new ConfigException("LLM_PROVIDER", "must be openai, anthropic or none");
            };
        }
        return openAi ? Provider.OPENAI : anthropic ? Provider.ANTHROPIC : Provider.NONE;
    }
}
