package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.ApiDependencies;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.SecretSource;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.redis.RedisConnection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authentication, API keys, scopes, rate limits and audit through the local runtime over HTTP, against this run's
 * PostgreSQL database and the machine's Redis (each runtime with a Redis key prefix of its own). Every token and
 * key secret seen is remembered, and at the end none may appear in the captured log output.
 */
class AuthApiIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final ByteArrayOutputStream LOGS = new ByteArrayOutputStream();

    private static PrintStream originalOut;
    private static PrintStream originalErr;
    private static TestDatabase database;
    private static LocalRuntime runtime;
    private static LocalRuntime limited;
    private static AppConfig config;
    private static final List<String> PREFIXES = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        originalOut = System.out;
        originalErr = System.err;
        PrintStream tee = new PrintStream(new TeeStream(originalOut), true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        database = TestDatabase.create();
        var settings = database.settings();
        // In the reactor build the platform's classes and jar may both be on this module's test class path.
        System.setProperty("liquibase.duplicateFileMode", "WARN");
        try (var source = Database.single(settings)) {
            new Migrations().migrate(source);
        }
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", settings.jdbcUrl(), "DB_USERNAME", settings.username(),
                "DB_PASSWORD", settings.password().reveal(), "REDIS_HOST", "127.0.0.1"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        config = AppConfig.load(env, SecretSource.NONE);
        PREFIXES.add("debt-os-it-" + run + ":");
        PREFIXES.add("debt-os-it-limited-" + run + ":");
        runtime = LocalRuntime.start(ApiDependencies.connectLazily(config, PREFIXES.get(0)), "127.0.0.1", 0);
        env.put("RATE_LIMIT_PER_MINUTE", "3");
        env.put("RATE_LIMIT_ANONYMOUS_PER_MINUTE", "2");
        limited = LocalRuntime.start(ApiDependencies.connectLazily(AppConfig.load(env, SecretSource.NONE), PREFIXES.get(1)),
                "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (runtime != null) {
                runtime.close();
            }
            if (limited != null) {
                limited.close();
            }
            if (database != null) {
                database.close();
            }
            for (String prefix : PREFIXES) {
                try (var redis = new RedisConnection(config.redis(), prefix)) {
                    var keys = redis.commands().keys(prefix + "*");
                    if (!keys.isEmpty()) {
                        redis.commands().del(keys.toArray(String[]::new));
                    }
                }
            }
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        String logs = LOGS.toString(StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertThat(logs).as("a token or key secret reached the log").doesNotContain(secret);
        }
    }

    /** Copies what is written to the original stream and keeps it. */
    private static final class TeeStream extends java.io.OutputStream {
        private final PrintStream original;

        TeeStream(PrintStream original) {
            this.original = original;
        }

        @Override
        public synchronized void write(int b) {
            original.write(b);
            LOGS.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            LOGS.write(bytes, offset, length);
        }
    }

    private static HttpResponse<String> call(LocalRuntime target, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(15)).header("User-Agent", "auth-it/1.0");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(500);
        return response;
    }

    private static HttpResponse<String> call(String method, String path, String body, String... headers) throws Exception {
        return call(runtime, method, path, body, headers);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String login(LocalRuntime target, String login) throws Exception {
        var response = call(target, "POST", "/api/auth/local", "{\"login\":\"" + login + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = json(response).get("token").asText();
        SECRETS.add(token);
        return token;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JsonNode createKey(String token, String scopes) throws Exception {
        var response = call("POST", "/api/api-keys", "{\"name\":\"ci\",\"scopes\":" + scopes + "}", "Authorization", bearer(token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode key = json(response);
        SECRETS.add(key.get("key").asText().substring(key.get("prefix").asText().length() + 1));
        assertThat(response.headers().firstValue("Location")).hasValue("/api/api-keys/" + key.get("id").asText());
        return key;
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
        for (String secret : SECRETS) {
            assertThat(response.body()).doesNotContain(secret);
        }
    }

    @Test
    void localLoginGivesATokenThatAuthenticatesMe() throws Exception {
        String token = login(runtime, "alice");
        var me = call("GET", "/api/auth/me", null, "Authorization", bearer(token));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("email").asText()).isEqualTo("alice@localhost");
        assertThat(json(me).get("authMethod").asText()).isEqualTo("bearer_token");
        assertThat(json(me).get("scopes")).hasSize(3);
        assertThat(me.body()).doesNotContain(token);
    }

    @Test
    void withoutOrWithBadCredentialsIs401() throws Exception {
        var none = call("GET", "/api/auth/me", null);
        assertProblem(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertProblem(call("GET", "/api/auth/me", null, "Authorization", "Bearer not.a.token"), 401);
        assertProblem(call("GET", "/api/auth/me", null, "Authorization", "Basic YWxpY2U6cHc="), 401);
        assertProblem(call("GET", "/api/auth/me", null, "X-API-Key", "dos_000000000000_" + "A".repeat(43)), 401);
        assertThat(call("GET", "/api/health", null).statusCode()).as("health stays public").isEqualTo(200);
        assertThat(call("GET", "/api/openapi.json", null).statusCode()).as("openapi stays public").isEqualTo(200);
    }

    @Test
    void logoutRevokesTheToken() throws Exception {
        String token = login(runtime, "bob");
        assertThat(call("POST", "/api/auth/logout", null, "Authorization", bearer(token)).statusCode()).isEqualTo(204);
        assertProblem(call("GET", "/api/auth/me", null, "Authorization", bearer(token)), 401);
        String fresh = login(runtime, "bob");
        assertThat(call("GET", "/api/auth/me", null, "Authorization", bearer(fresh)).statusCode()).as("other tokens live on").isEqualTo(200);
    }

    @Test
    void apiKeyLifecycleCreateUseListRevoke() throws Exception {
        String token = login(runtime, "carol");
        JsonNode key = createKey(token, "[\"read\",\"write\"]");
        String plaintext = key.get("key").asText();
        assertThat(plaintext).startsWith("dos_");
        var me = call("GET", "/api/auth/me", null, "X-API-Key", plaintext);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("authMethod").asText()).isEqualTo("api_key");
        assertThat(json(me).get("apiKeyId").asText()).isEqualTo(key.get("id").asText());

        var list = call("GET", "/api/api-keys", null, "X-API-Key", plaintext);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("id").asText()).isEqualTo(key.get("id").asText());
            assertThat(item.has("key")).isFalse();
            assertThat(item.get("lastUsedAt").isNull()).isFalse();
        });
        assertThat(list.body()).doesNotContain(plaintext.substring(key.get("prefix").asText().length() + 1));

        assertThat(call("DELETE", "/api/api-keys/" + key.get("id").asText(), null, "Authorization", bearer(token)).statusCode())
                .isEqualTo(204);
        assertProblem(call("GET", "/api/auth/me", null, "X-API-Key", plaintext), 401);
    }

    @Test
    void aUserCannotRevokeAnotherUsersKey() throws Exception {
        String owner = login(runtime, "dave");
        String other = login(runtime, "erin");
        JsonNode key = createKey(owner, "[\"read\"]");
        assertProblem(call("DELETE", "/api/api-keys/" + key.get("id").asText(), null, "Authorization", bearer(other)), 404);
        assertProblem(call("DELETE", "/api/api-keys/" + UUID.randomUUID(), null, "Authorization", bearer(other)), 404);
        assertThat(call("GET", "/api/auth/me", null, "X-API-Key", key.get("key").asText()).statusCode()).isEqualTo(200);
        assertThat(json(call("GET", "/api/api-keys", null, "Authorization", bearer(other))).get("items")).isEmpty();
    }

    @Test
    void aReadKeyIsForbiddenFromAdminRoutes() throws Exception {
        String token = login(runtime, "frank");
        JsonNode key = createKey(token, "[\"read\"]");
        var forbidden = call("POST", "/api/api-keys", "{\"name\":\"x\",\"scopes\":[\"admin\"]}", "X-API-Key", key.get("key").asText());
        assertProblem(forbidden, 403);
        assertThat(json(forbidden).get("detail").asText()).contains("admin");
        assertProblem(call("DELETE", "/api/api-keys/" + key.get("id").asText(), null, "X-API-Key", key.get("key").asText()), 403);
    }

    @Test
    void rateLimitsAnswer429WithRetryAfter() throws Exception {
        String token = login(limited, "grace");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = call(limited, "GET", "/api/auth/me", null, "Authorization", bearer(token));
            statuses.add(last.statusCode());
        }
        assertThat(statuses).startsWith(200, 200, 200).contains(429);
        assertProblem(last, 429);
        assertThat(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);

        List<Integer> anonymous = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            anonymous.add(call(limited, "GET", "/api/auth/me", null).statusCode());
        }
        assertThat(anonymous).contains(401, 429);
        assertThat(call(limited, "GET", "/api/health", null).statusCode()).as("health is not limited").isEqualTo(200);
        // the same IP's webhook deliveries spend from their own, larger bucket: an unsigned one is a 401, not a 429
        for (int i = 0; i < 4; i++) {
            var delivery = call(limited, "POST", "/api/webhooks/github", "{\"repository\":{\"full_name\":\"acme/shop\"}}",
                    "X-GitHub-Event", "ping", "X-GitHub-Delivery", "rate-" + i, "X-Hub-Signature-256", "sha256=" + "0".repeat(64));
            assertThat(delivery.statusCode()).as("webhook delivery %d: %s", i, delivery.body()).isEqualTo(401);
        }
    }

    @Test
    void auditRowsForLoginKeyOperationsAndRejectedCredentials() throws Exception {
        String token = login(runtime, "heidi");
        assertProblem(call("POST", "/api/auth/local", "{\"login\":\"bad login!\"}"), 400);
        JsonNode key = createKey(token, "[\"read\"]");
        call("DELETE", "/api/api-keys/" + key.get("id").asText(), null, "Authorization", bearer(token));
        call("GET", "/api/auth/me", null, "X-API-Key", key.get("key").asText());
        try (var source = Database.single(database.settings())) {
            var rows = new AuditLog(source).recent(200);
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("action")).isEqualTo("auth.login");
                assertThat(row.get("success")).isEqualTo(true);
                assertThat(row.get("ip")).isEqualTo("127.0.0.1");
                assertThat(row.get("user_agent")).isEqualTo("auth-it/1.0");
            });
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("action")).isEqualTo("auth.login");
                assertThat(row.get("success")).isEqualTo(false);
            });
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("action")).isEqualTo("api_key.create");
                assertThat(row.get("target_id")).isEqualTo(key.get("id").asText());
            });
            assertThat(rows).anySatisfy(row -> assertThat(row.get("action")).isEqualTo("api_key.revoke"));
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("action")).isEqualTo("auth.rejected");
                assertThat(row.get("success")).isEqualTo(false);
            });
            String all = rows.toString();
            for (String secret : SECRETS) {
                assertThat(all).doesNotContain(secret);
            }
        }
    }

    @Test
    void malformedInputIsA4xxProblemNeverA5xx() throws Exception {
        String token = login(runtime, "ivan");
        String[][] bodies = {
                {"{", "body"}, {"[]", "body"}, {"\"text\"", "body"}, {"{\"name\":1,\"scopes\":[\"read\"]}", "name"},
                {"{\"name\":\"x\",\"scopes\":\"read\"}", "scopes"}, {"{\"name\":\"x\",\"scopes\":[]}", "scopes"},
                {"{\"name\":\"x\",\"scopes\":[\"root\"]}", "scopes"}, {"{\"name\":\"x\",\"scopes\":[\"read\"],\"expiresAt\":5}", "expiresAt"},
                {"{\"name\":\"x\",\"scopes\":[\"read\"],\"expiresAt\":\"2001-01-01T00:00:00Z\"}", "expiresAt"},
                {"{\"name\":\"" + "n".repeat(101) + "\",\"scopes\":[\"read\"]}", "name"}};
        for (String[] body : bodies) {
            var response = call("POST", "/api/api-keys", body[0], "Authorization", bearer(token));
            assertProblem(response, 400);
            assertThat(json(response).get("detail").asText()).as(body[0]).startsWith(body[1] + ":");
        }
        assertProblem(call("POST", "/api/auth/local", "{\"login\":[1]}"), 400);
        assertProblem(call("POST", "/api/auth/local", null), 400);
        var huge = call("POST", "/api/api-keys", "{\"name\":\"" + "x".repeat(200_000) + "\"}", "Authorization", bearer(token));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertProblem(call("DELETE", "/api/api-keys/not-a-uuid", null, "Authorization", bearer(token)), 400);
    }
}
