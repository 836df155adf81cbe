package dev.debtos.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    private static final String JWT = "0123456789abcdef0123456789abcdef0123456789abcdef";

    private static AppConfig load(Map<String, String> env) {
        return AppConfig.load(env, SecretSource.NONE);
    }

    private static Map<String, String> aws(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("DEBT_OS_PROFILE", "aws", "JWT_SECRET", JWT,
                "DATABASE_URL", "postgresql://app:pw-1234@db.internal:5433/debt_os?sslmode=require"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void localProfileNeedsNoVariables() {
        AppConfig config = load(Map.of());
        assertThat(config.profile()).isEqualTo(Profile.LOCAL);
        assertThat(config.port()).isEqualTo(3001);
        assertThat(config.logLevel()).isEqualTo("info");
        assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/debt_os");
        assertThat(config.database().username()).isEqualTo("debt_os");
        assertThat(config.redis().describe()).isEqualTo("redis://127.0.0.1:6379/0");
        assertThat(config.jwtExpiresIn()).isEqualTo(Duration.ofDays(7));
        assertThat(config.github()).isEmpty();
    }

    @Test
    void databaseUrlIsSplitIntoJdbcUrlAndCredentials() {
        DatabaseSettings db = load(aws()).database();
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/debt_os");
        assertThat(db.username()).isEqualTo("app");
        assertThat(db.password().reveal()).isEqualTo("pw-1234");
        assertThat(db.ssl()).isTrue();
        assertThat(db.password()).hasToString("****");
    }

    @Test
    void individualDatabaseVariablesAndIamAuthUseTheAwsWrapper() {
        Map<String, String> env = aws("DB_HOST", "proxy.example.rds.amazonaws.com", "DB_USERNAME", "debt_os",
                "DB_IAM_AUTH", "true", "DB_SSL", "true");
        env.remove("DATABASE_URL");
        DatabaseSettings db = load(env).database();
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:aws-wrapper:postgresql://proxy.example.rds.amazonaws.com:5432/debt_os");
        assertThat(db.iamAuth()).isTrue();
        assertThat(db.password().isEmpty()).isTrue();
    }

    @Test
    void awsProfileWithoutDatabaseNamesTheVariable() {
        Map<String, String> env = aws();
        env.remove("DATABASE_URL");
        assertThatThrownBy(() -> load(env)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DB_HOST is required");
    }

    @Test
    void lambdaRuntimeForcesTheAwsProfile() {
        assertThatThrownBy(() -> load(aws("AWS_EXECUTION_ENV", "AWS_Lambda_java25", "DEBT_OS_PROFILE", "local")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DEBT_OS_PROFILE");
        assertThat(load(aws("AWS_EXECUTION_ENV", "AWS_Lambda_java25")).profile()).isEqualTo(Profile.AWS);
    }

    @Test
    void malformedValuesAreNamedWithoutEchoingThem() {
        assertThatThrownBy(() -> load(aws("PORT", "eighty"))).hasMessage("PORT must be an integer between 1 and 65535");
        assertThatThrownBy(() -> load(aws("DATABASE_URL", "mysql://root:hunter2secret@db/x")))
                .hasMessageStartingWith("DATABASE_URL must start with").hasMessageNotContaining("hunter2secret");
        assertThatThrownBy(() -> load(aws("REDIS_URL", "http://:topsecretpw@cache:6379")))
                .hasMessageStartingWith("REDIS_URL").hasMessageNotContaining("topsecretpw");
        assertThatThrownBy(() -> load(aws("JWT_SECRET", "short-secret-value")))
                .hasMessageStartingWith("JWT_SECRET must be at least 32 bytes").hasMessageNotContaining("short-secret-value");
        assertThatThrownBy(() -> load(aws("JWT_EXPIRES_IN", "a week"))).hasMessageStartingWith("JWT_EXPIRES_IN");
        assertThatThrownBy(() -> load(aws("LOG_LEVEL", "loud"))).hasMessageStartingWith("LOG_LEVEL");
        assertThatThrownBy(() -> load(aws("DB_SSL", "maybe", "DB_HOST", "h"))).hasMessage("DB_SSL must be true or false");
        assertThatThrownBy(() -> load(aws("REPO_STORAGE_PATH", "relative/dir"))).hasMessageStartingWith("REPO_STORAGE_PATH");
        assertThatThrownBy(() -> load(aws("CORS_ORIGIN", "https://app.example.com/path")))
                .hasMessageStartingWith("CORS_ORIGIN");
    }

    @Test
    void awsProfileRequiresJwtSecretWhereTheApiAsksForIt() {
        Map<String, String> env = aws();
        env.remove("JWT_SECRET");
        AppConfig config = load(env);
        assertThatThrownBy(config::requireJwtSecret).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("JWT_SECRET is required");
    }

    @Test
    void oauthProvidersAreAllOrNothing() {
        assertThatThrownBy(() -> load(aws("GITHUB_CLIENT_ID", "Iv1.abc")))
                .hasMessageStartingWith("GITHUB_CLIENT_SECRET is required");
        AppConfig config = load(aws("GITLAB_CLIENT_ID", "gl-app", "GITLAB_CLIENT_SECRET", "gl-secret-value",
                "GITLAB_CALLBACK_URL", "https://debt.example.com/api/auth/gitlab/callback",
                "GITLAB_BASE_URL", "https://gitlab.example.com"));
        assertThat(config.gitlab()).get().satisfies(gitlab -> {
            assertThat(gitlab.baseUrl().getHost()).isEqualTo("gitlab.example.com");
            assertThat(gitlab.callbackUrl().getPath()).isEqualTo("/api/auth/gitlab/callback");
            assertThat(gitlab.apiUrl()).hasToString("https://gitlab.example.com/api/v4");
        });
    }

    @Test
    void theGitHubApiUrlFollowsTheBaseUrlUnlessGiven() {
        String[] app = {"GITHUB_CLIENT_ID", "Iv1.abc", "GITHUB_CLIENT_SECRET", "gh-secret-value",
                "GITHUB_CALLBACK_URL", "https://debt.example.com/api/auth/github/callback"};
        assertThat(load(aws(app)).github().orElseThrow().apiUrl()).hasToString("https://api.github.com");
        String[] enterprise = java.util.Arrays.copyOf(app, app.length + 2);
        enterprise[app.length] = "GITHUB_BASE_URL";
        enterprise[app.length + 1] = "https://ghe.example.com/";
        assertThat(load(aws(enterprise)).github().orElseThrow().apiUrl()).hasToString("https://ghe.example.com/api/v3");
        String[] explicit = java.util.Arrays.copyOf(enterprise, enterprise.length + 2);
        explicit[enterprise.length] = "GITHUB_API_URL";
        explicit[enterprise.length + 1] = "http://127.0.0.1:9/fake";
        assertThat(load(aws(explicit)).github().orElseThrow().apiUrl()).hasToString("http://127.0.0.1:9/fake");
    }

    @Test
    void parsesDurationsOriginsAndRedisUrl() {
        AppConfig config = load(aws("JWT_EXPIRES_IN", "12h", "CORS_ORIGIN", "https://App.example.com, http://localhost:5173",
                "REDIS_URL", "rediss://:cache-pass@cache.internal:6380/2", "LOG_LEVEL", "DEBUG"));
        assertThat(config.jwtExpiresIn()).isEqualTo(Duration.ofHours(12));
        assertThat(config.corsOrigins()).containsExactly("https://app.example.com", "http://localhost:5173");
        assertThat(config.redis().describe()).isEqualTo("rediss://cache.internal:6380/2");
        assertThat(config.redis().password().reveal()).isEqualTo("cache-pass");
        assertThat(config.logLevel()).isEqualTo("debug");
    }

    @Test
    void secretArnVariablesReadTheSecretStore() {
        Map<String, String> env = aws("DB_HOST", "db.internal", "DB_USERNAME", "debt_os",
                "DB_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:1:secret:rds",
                "OPENAI_API_KEY_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:1:secret:llm#openai");
        env.remove("DATABASE_URL");
        Map<String, String> store = Map.of(
                "arn:aws:secretsmanager:eu-west-1:1:secret:rds", "{\"username\":\"debt_os\",\"password\":\"from-rds-secret\"}",
                "arn:aws:secretsmanager:eu-west-1:1:secret:llm", "{\"openai\":\"sk-test-openai\"}");
        AppConfig config = AppConfig.load(env, store::get);
        assertThat(config.database().password().reveal()).isEqualTo("from-rds-secret");
        assertThat(config.openAiApiKey()).get().extracting(Secret::reveal).isEqualTo("sk-test-openai");
    }

    @Test
    void unreadableSecretNamesTheArnVariable() {
        assertThatThrownBy(() -> load(aws("ANTHROPIC_API_KEY_SECRET_ARN", "arn:aws:secretsmanager:x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ANTHROPIC_API_KEY_SECRET_ARN could not be read");
    }

    @Test
    void withDatabaseSwapsOnlyTheDatabaseName() {
        DatabaseSettings db = new DatabaseSettings("jdbc:postgresql://h:5432/debt_os?sslmode=require", "u",
                Secret.of(""), true, false);
        assertThat(db.withDatabase("other").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/other?sslmode=require");
    }

    @Test
    void queueFrontendAndDataKeyHaveLocalDefaultsAndAreExplicitInAws() {
        AppConfig local = load(Map.of());
        assertThat(local.queue().scanQueueUrl()).isEmpty();
        assertThat(local.requireFrontendUrl()).as("the dashboard serve answers").hasToString("http://127.0.0.1:3001");
        assertThat(load(Map.of("PORT", "4100")).requireFrontendUrl()).hasToString("http://127.0.0.1:4100");
        assertThat(local.requireDataEncryptionKey().reveal()).hasSizeGreaterThanOrEqualTo(32);

        AppConfig aws = load(aws());
        assertThatThrownBy(aws::requireFrontendUrl).isInstanceOf(ConfigException.class).hasMessageContaining("FRONTEND_URL");
        assertThatThrownBy(aws::requireDataEncryptionKey).isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATA_ENCRYPTION_KEY");
        assertThatThrownBy(() -> aws.queue().requireScanQueueUrl()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("SCAN_QUEUE_URL");

        AppConfig configured = load(aws("SCAN_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/1/debt-os-scans",
                "SQS_ENDPOINT_URL", "http://127.0.0.1:9324", "FRONTEND_URL", "https://app.example.com",
                "DATA_ENCRYPTION_KEY", JWT));
        assertThat(configured.queue().requireScanQueueUrl()).endsWith("/debt-os-scans");
        assertThat(configured.queue().endpoint()).hasValueSatisfying(uri -> assertThat(uri.getPort()).isEqualTo(9324));
        assertThat(configured.requireFrontendUrl()).hasToString("https://app.example.com");
        assertThat(configured.requireDataEncryptionKey().reveal()).isEqualTo(JWT);
    }

    @Test
    void shortDataKeysAndNonHttpQueueUrlsAreRefusedByName() {
        assertThatThrownBy(() -> load(aws("DATA_ENCRYPTION_KEY", "short"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATA_ENCRYPTION_KEY").hasMessageNotContaining("short");
        assertThatThrownBy(() -> load(aws("SCAN_QUEUE_URL", "file:///etc/passwd"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("SCAN_QUEUE_URL");
    }
}
