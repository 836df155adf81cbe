package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.SecretSource;
import dev.debtos.platform.db.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local runtime in-process on free ports, called over HTTP: one instance against this run's PostgreSQL
 * database and the machine's Redis, one whose database and Redis point at port 1 (nothing listens there).
 */
class LocalRuntimeIT {
    private static final String DOWN_PASSWORD = "Down-Secret-Pw-7731";
    private static final String ALLOWED_ORIGIN = "http://localhost:5173";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestDatabase database;
    private static LocalRuntime healthy;
    private static LocalRuntime down;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create();
        var settings = database.settings();
        healthy = LocalRuntime.start(AppConfig.load(Map.of(
                "DATABASE_URL", settings.jdbcUrl(), "DB_USERNAME", settings.username(),
                "DB_PASSWORD", settings.password().reveal(), "REDIS_HOST", "127.0.0.1",
                "CORS_ORIGIN", ALLOWED_ORIGIN), SecretSource.NONE), "127.0.0.1", 0);
        down = LocalRuntime.start(AppConfig.load(Map.of(
                "DATABASE_URL", "postgresql://debt_os:" + DOWN_PASSWORD + "@127.0.0.1:1/debt_os",
                "REDIS_HOST", "127.0.0.1", "REDIS_PORT", "1"), SecretSource.NONE), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (healthy != null) {
            healthy.close();
        }
        if (down != null) {
            down.close();
        }
        database.close();
    }

    private static HttpResponse<String> call(LocalRuntime runtime, String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(15));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void healthAnswersWithSecurityHeadersAndARequestId() throws Exception {
        var response = call(healthy, "GET", "/api/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(JSON.readTree("{\"status\":\"ok\"}"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).get().asString().startsWith("max-age=");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("default-src 'none'");
        assertThat(response.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f-]{36}");
    }

    @Test
    void databaseAndRedisHealthReportLatency() throws Exception {
        for (String path : new String[] {"/api/health/db", "/api/health/redis"}) {
            var response = call(healthy, "GET", path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            assertThat(body(response).get("status").asText()).isEqualTo("ok");
            assertThat(body(response).get("latencyMs").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void databaseDownIsA503ProblemWithoutThePassword() throws Exception {
        var response = call(down, "GET", "/api/health/db");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).isEqualTo("PostgreSQL is unreachable");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/health/db");
        assertThat(problem.get("requestId").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.body()).doesNotContain(DOWN_PASSWORD, "127.0.0.1:1", "Exception", "\tat ");
    }

    @Test
    void redisDownIsA503Problem() throws Exception {
        var response = call(down, "GET", "/api/health/redis");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(body(response).get("detail").asText()).isEqualTo("Redis is unreachable");
        assertThat(call(down, "GET", "/api/health").statusCode()).as("liveness does not depend on them").isEqualTo(200);
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405WithAllow() throws Exception {
        var notFound = call(healthy, "GET", "/api/nothing-here?token=abc");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body(notFound).get("title").asText()).isEqualTo("Not Found");
        assertThat(notFound.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        var wrongMethod = call(healthy, "POST", "/api/health/db");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
        assertThat(body(wrongMethod).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void corsEchoesOnlyAllowedOriginsAndAnswersPreflights() throws Exception {
        var allowed = call(healthy, "GET", "/api/health", "Origin", ALLOWED_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(allowed.headers().firstValue("Vary")).hasValue("Origin");

        var denied = call(healthy, "GET", "/api/health", "Origin", "https://evil.example");
        assertThat(denied.statusCode()).isEqualTo(200);
        assertThat(denied.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        var preflight = call(healthy, "OPTIONS", "/api/health", "Origin", ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);

        var refused = call(healthy, "OPTIONS", "/api/health", "Origin", "https://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        var response = call(healthy, "GET", "/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = body(response);
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("paths").has("/api/health/redis")).isTrue();
    }
}
