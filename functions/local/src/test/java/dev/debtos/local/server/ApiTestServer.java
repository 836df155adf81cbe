package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.SecretSource;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.redis.RedisConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The whole local runtime (API, embedded SQS, worker) on a free port, against a database of this run's own and
 * a Redis key prefix of its own, for integration tests that speak HTTP to it. {@link #close()} stops everything,
 * drops the database and deletes the Redis keys.
 *
 * <pre>{@code
 * try (var api = ApiTestServer.start()) {
 *     String alice = api.login("alice");
 *     var response = api.call("GET", "/api/repos", null, alice);
 * }
 * }</pre>
 */
public final class ApiTestServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final ObjectMapper JSON = new ObjectMapper();

    private final TestDatabase database;
    private final AppConfig config;
    private final String redisPrefix;
    private final LocalRuntime runtime;
    private final com.zaxxer.hikari.HikariDataSource dataSource;

    private ApiTestServer(TestDatabase database, AppConfig config, String redisPrefix, LocalRuntime runtime,
            com.zaxxer.hikari.HikariDataSource dataSource) {
        this.database = database;
        this.config = config;
        this.redisPrefix = redisPrefix;
        this.runtime = runtime;
        this.dataSource = dataSource;
    }

    public static ApiTestServer start() throws Exception {
        return start(Map.of());
    }

    /** With extra environment variables (OAuth base URLs, rate limits, ...) on top of the test database's. */
    public static ApiTestServer start(Map<String, String> extraEnvironment) throws Exception {
        TestDatabase database = TestDatabase.create();
        try {
            var settings = database.settings();
            // In the reactor build the platform's classes and jar may both be on this module's test class path.
            System.setProperty("liquibase.duplicateFileMode", "WARN");
            try (var source = Database.single(settings)) {
                new Migrations().migrate(source);
            }
            Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", settings.jdbcUrl(), "DB_USERNAME", settings.username(),
                    "DB_PASSWORD", settings.password().reveal(), "REDIS_HOST", "127.0.0.1"));
            // the tests' repositories live in temporary directories
            env.put("LOCAL_REPOSITORY_ROOTS", System.getProperty("java.io.tmpdir"));
            env.putAll(extraEnvironment);
            AppConfig config = AppConfig.load(env, SecretSource.NONE);
            String prefix = "debt-os-it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
            LocalRuntime runtime = LocalRuntime.start(config, prefix, "127.0.0.1", 0);
            return new ApiTestServer(database, config, prefix, runtime, Database.pooled(settings, 2));
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    public int port() {
        return runtime.port();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public AppConfig config() {
        return config;
    }

    /** This run's database, for arranging data and asserting on rows. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The scan queue the API functions send to and the runtime's worker polls. */
    public dev.debtos.platform.queue.ScanQueue queue() {
        return runtime.dependencies().queue().get();
    }

    /** The runtime's own clients: its connection pool and its Redis connection. */
    public dev.debtos.api.ApiDependencies runtimeDependencies() {
        return runtime.dependencies();
    }

    public String redisPrefix() {
        return redisPrefix;
    }

    /** Signs in through the local-only login and returns the bearer token. */
    public String login(String login) throws Exception {
        var response = call("POST", "/api/auth/local", "{\"login\":\"" + login + "\"}", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("token").asText();
    }

    /**
     * One request; {@code token} (may be null) goes in as a bearer token, {@code headers} as name/value pairs.
     * Any 5xx fails the test at once: no route may answer 500 to anything a client sends.
     */
    public HttpResponse<String> call(String method, String path, String body, String token, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).header("User-Agent", "debt-os-it/1.0");
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(500);
        return response;
    }

    public static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** Asserts a problem+json answer with this status. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).as("a 401's challenge").isPresent();
        }
        return problem;
    }

    @Override
    public void close() throws Exception {
        try {
            runtime.close();
            dataSource.close();
        } finally {
            try (var redis = new RedisConnection(config.redis(), redisPrefix)) {
                var keys = redis.commands().keys(redisPrefix + "*");
                if (!keys.isEmpty()) {
                    redis.commands().del(keys.toArray(String[]::new));
                }
            } finally {
                database.close();
            }
        }
    }
}
