package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.ApiDependencies;
import dev.debtos.api.ApiFunctions;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.SecretSource;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.queue.QueueStatus;
import dev.debtos.platform.queue.ReceivedMessage;
import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.queue.ScanQueue;
import dev.debtos.platform.redis.RedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository and scan functions invoked the way the AWS adapter invokes them, with the sample API Gateway events
 * of {@code events/api} as input, against this run's database and a scan queue that only records what is sent (no
 * worker runs, so what a scan looks like while it is queued can be asserted without racing one).
 */
class RepositoryScanEventsIT {
    private static final Path EVENTS = Path.of("..", "..", "events", "api");
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final List<ScanMessage> SENT = new CopyOnWriteArrayList<>();

    private static TestDatabase database;
    private static ApiDependencies dependencies;
    private static ApiFunctions functions;
    private static String prefix;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create();
        var settings = database.settings();
        System.setProperty("liquibase.duplicateFileMode", "WARN");
        try (var source = Database.single(settings)) {
            new Migrations().migrate(source);
        }
        AppConfig config = AppConfig.load(Map.of("DATABASE_URL", settings.jdbcUrl(), "DB_USERNAME", settings.username(),
                "DB_PASSWORD", settings.password().reveal(), "REDIS_HOST", "127.0.0.1"), SecretSource.NONE);
        prefix = "debt-os-it-events-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        dependencies = ApiDependencies.connectLazily(config, prefix, RecordingQueue::new);
        functions = new ApiFunctions(dependencies);
        var login = functions.function("postLocalLogin").apply(event("post-auth-local.json"));
        assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(200);
        token = JSON.readTree(login.getBody()).get("token").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        AppConfig config = dependencies.config();
        dependencies.close();
        try (var redis = new RedisConnection(config.redis(), prefix)) {
            var keys = redis.commands().keys(prefix + "*");
            if (!keys.isEmpty()) {
                redis.commands().del(keys.toArray(String[]::new));
            }
        } finally {
            database.close();
        }
    }

    @Test
    void theSampleScanRequestQueuesOneScanAndItsRepeatAnswersTheSameScan() throws Exception {
        var created = functions.function("postRepository").apply(authorised(event("post-repos.json")));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        JsonNode repository = JSON.readTree(created.getBody());
        assertThat(repository.get("fullName").asText()).isEqualTo("octo-org/hello-world");
        assertThat(repository.get("cloneUrl").asText()).isEqualTo("https://github.com/octo-org/hello-world.git");
        assertThat(created.getHeaders()).containsEntry("Location", "/api/repos/" + repository.get("id").asText());

        int sentBefore = SENT.size();
        var first = functions.function("postScan").apply(scanEvent(repository.get("id").asText()));
        var second = functions.function("postScan").apply(scanEvent(repository.get("id").asText()));
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(202);
        assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(202);
        JsonNode scan = JSON.readTree(first.getBody());
        assertThat(JSON.readTree(second.getBody()).get("id")).isEqualTo(scan.get("id"));
        assertThat(first.getHeaders()).containsEntry("Location", "/api/scans/" + scan.get("id").asText());
        assertThat(scan.get("status").asText()).isEqualTo("queued");
        assertThat(scan.get("trigger").asText()).isEqualTo("manual");
        assertThat(scan.get("depth").asText()).isEqualTo("quick");
        assertThat(scan.get("branch").asText()).isEqualTo("main");
        assertThat(scan.get("commitSha").asText()).isEqualTo("3f786850e387550fdab836ed7e6dc881de23001b");
        assertThat(SENT.subList(sentBefore, SENT.size())).containsExactly(new ScanMessage(UUID.fromString(scan.get("id").asText())));
    }

    @Test
    void aQueuedScanIsCancelledOnceAndHasNoResultsOrSarif() throws Exception {
        var created = functions.function("postRepository").apply(authorised(event("post-repos.json", Map.of("body",
                "{\"provider\":\"gitlab\",\"fullName\":\"group/sub/project\"}"))));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        var scan = JSON.readTree(functions.function("postScan").apply(scanEvent(JSON.readTree(created.getBody()).get("id").asText())).getBody());
        String id = scan.get("id").asText();

        for (String function : List.of("getScanResults", "getScanSarif")) {
            assertThat(functions.function(function).apply(scanRoute("GET", id)).getStatusCode()).isEqualTo(409);
        }
        var cancelled = functions.function("deleteScan").apply(scanRoute("DELETE", id));
        assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(cancelled.getBody()).get("status").asText()).isEqualTo("cancelled");
        assertThat(JSON.readTree(cancelled.getBody()).get("finishedAt").isNull()).isFalse();
        var again = functions.function("deleteScan").apply(scanRoute("DELETE", id));
        assertThat(again.getStatusCode()).isEqualTo(409);
        assertThat(again.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    }

    private static APIGatewayProxyRequestEvent scanEvent(String repositoryId) throws Exception {
        var event = authorised(event("post-repo-scans.json"));
        event.setPathParameters(Map.of("id", repositoryId));
        event.setPath("/api/repos/" + repositoryId + "/scans");
        return event;
    }

    private static APIGatewayProxyRequestEvent scanRoute(String method, String scanId) {
        var event = authorised(new APIGatewayProxyRequestEvent().withHttpMethod(method).withPath("/api/scans/" + scanId)
                .withHeaders(new HashMap<>()).withPathParameters(Map.of("id", scanId)));
        return event;
    }

    private static APIGatewayProxyRequestEvent authorised(APIGatewayProxyRequestEvent event) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("Authorization", "Bearer " + token);
        event.setHeaders(headers);
        event.setMultiValueHeaders(null);
        return event;
    }

    private static APIGatewayProxyRequestEvent event(String name) throws Exception {
        return JSON.readValue(EVENTS.resolve(name).toFile(), APIGatewayProxyRequestEvent.class);
    }

    private static APIGatewayProxyRequestEvent event(String name, Map<String, String> overrides) throws Exception {
        var event = event(name);
        event.setBody(overrides.get("body"));
        return event;
    }

    /** Records every message; nothing is ever received. */
    private static final class RecordingQueue implements ScanQueue {
        @Override
        public String send(ScanMessage message) {
            SENT.add(message);
            return UUID.randomUUID().toString();
        }

        @Override
        public List<ReceivedMessage> receive(int max, Duration wait) {
            return List.of();
        }

        @Override
        public void delete(String receiptHandle) {
        }

        @Override
        public void changeVisibility(String receiptHandle, Duration timeout) {
        }

        @Override
        public QueueStatus status() {
            return new QueueStatus(SENT.size(), 0, 0, 0);
        }
    }
}
