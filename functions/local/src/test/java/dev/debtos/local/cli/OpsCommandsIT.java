package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.local.queue.LocalScanQueue;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.embeddings.EmbeddingBatchStore;
import dev.debtos.platform.queue.EmbeddingBatchMessage;
import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * queue-status, dlq-redrive and retention as the packaged command line runs them, against a test database and an
 * ElasticMQ on SQS_PORT (what {@code debt-os serve} exposes), in order: status, redrive of both queues, retention.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpsCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestDatabase database;
    private com.zaxxer.hikari.HikariDataSource dataSource;
    private LocalScanQueue queue;
    private SqsClient sqs;
    private String deadLetters;
    private String embeddingDeadLetters;
    private final UUID droppedBatch = UUID.randomUUID();
    private int sqsPort;
    private Scan failed;
    private Scan completed;

    @BeforeAll
    void start() throws Exception {
        database = TestDatabase.create();
        System.setProperty("liquibase.duplicateFileMode", "WARN"); // the platform jar twice on failsafe's class path
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
        sqsPort = freePort();
        queue = LocalScanQueue.start(sqsPort);
        sqs = SqsClient.builder().endpointOverride(queue.endpoint()).region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build();
        deadLetters = sqs.getQueueUrl(b -> b.queueName(LocalScanQueue.QUEUE_NAME + "-dlq")).queueUrl();
        embeddingDeadLetters = sqs.getQueueUrl(b -> b.queueName(LocalScanQueue.EMBEDDING_QUEUE_NAME + "-dlq")).queueUrl();

        ScanStore scans = new ScanStore(dataSource);
        UUID repository = new dev.debtos.platform.scan.RepositoryStore(dataSource)
                .localRepository(java.nio.file.Files.createTempDirectory("ops-repo")).id();
        Scan waiting = scans.createQueued(repository, "manual", "main", "a".repeat(40));
        Scan stuck = scans.createQueued(repository, "manual", "main", "b".repeat(40));
        scans.claim(stuck.id(), "dead-worker", java.time.Duration.ofMinutes(1));
        exec(dataSource, "UPDATE scans SET lease_expires_at = now() - interval '1 minute', status = 'analyzing' WHERE id = ?", stuck.id());
        failed = scans.createQueued(repository, "manual", "main", "c".repeat(40));
        scans.fail(failed.id(), "IllegalStateException: engine broke");
        exec(dataSource, "UPDATE scans SET attempt = 5 WHERE id = ?", failed.id());
        completed = scans.createQueued(repository, "manual", "main", "d".repeat(40));
        scans.claim(completed.id(), "w", java.time.Duration.ofMinutes(1));
        try (Connection c = dataSource.getConnection()) {
            scans.complete(c, completed.id(), "w", "{}");
        }
        queue.queue().send(new ScanMessage(waiting.id()));
        for (Scan dead : new Scan[] {failed, completed}) {
            sqs.sendMessage(b -> b.queueUrl(deadLetters).messageBody(new ScanMessage(dead.id()).toJson()));
        }
        sqs.sendMessage(b -> b.queueUrl(embeddingDeadLetters).messageBody(new EmbeddingBatchMessage(droppedBatch).toJson()));
        UUID pendingBatch = new EmbeddingBatchStore(dataSource).create(completed.id(), repository, "test-model", 4,
                java.time.Instant.now().plusSeconds(3600), java.util.List.of(java.util.List.of(new EmbeddingBatchStore.BatchChunk(
                        "src/A.java", 0, 1, 2, "hash", "A", "java", "class A {}", "class A {}")))).getFirst();
        sqs.sendMessage(b -> b.queueUrl(embeddingDeadLetters).messageBody(new EmbeddingBatchMessage(pendingBatch).toJson()));
        exec(dataSource, "INSERT INTO audit_log (action, success, created_at) VALUES ('old', true, now() - interval '400 days')", null);
    }

    @AfterAll
    void stop() throws Exception {
        sqs.close();
        queue.close();
        dataSource.close();
        database.close();
    }

    @Test
    @Order(1)
    void queueStatusShowsTheQueueTheScansAndTheStuckOnes() throws Exception {
        CliProcess.Run run = CliProcess.run(env(), "queue-status", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode status = JSON.readTree(run.out());
        assertThat(status.path("queue").asText()).isEqualTo("http://127.0.0.1:" + sqsPort);
        assertThat(status.path("visible").asLong()).isEqualTo(1);
        assertThat(status.path("inFlight").asLong()).isZero();
        assertThat(status.path("deadLetters").asLong()).isEqualTo(2);
        assertThat(status.path("scans").path("queued").asLong()).isEqualTo(1);
        assertThat(status.path("scans").path("analyzing").asLong()).isEqualTo(1);
        assertThat(status.path("scans").path("failed").asLong()).isEqualTo(1);
        assertThat(status.path("scans").path("completed").asLong()).isEqualTo(1);
        assertThat(status.path("stuck").asLong()).isEqualTo(1);
        assertThat(status.path("oldestQueuedSeconds").isIntegralNumber()).isTrue();
        assertThat(status.path("embeddings").path("visible").asLong()).isZero();
        assertThat(status.path("embeddings").path("deadLetters").asLong()).isEqualTo(2);

        CliProcess.Run table = CliProcess.run(env(), "queue-status");
        assertThat(table.out()).contains("dead letters  2").contains("embedding queue\n  visible       0")
                .contains("stuck (nobody runs them)  1");
    }

    @Test
    @Order(2)
    void queueStatusWithoutAServeExplainsWhereTheQueueLives() throws Exception {
        Map<String, String> env = env();
        env.put("SQS_PORT", Integer.toString(freePort()));

        CliProcess.Run run = CliProcess.run(env, "queue-status");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("debt-os: no scan queue at http://127.0.0.1:")
                .contains("inside a running 'debt-os serve'").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    @Order(3)
    void dlqRedriveMovesDeadLettersBackAndRequeuesTheirFailedScans() throws Exception {
        CliProcess.Run dry = CliProcess.run(env(), "dlq-redrive", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run: 2 dead letter(s)").contains(failed.id().toString());
        assertThat(queue.queue().status().deadLetters()).isEqualTo(2);
        assertThat(new ScanStore(dataSource).find(failed.id()).orElseThrow().status()).isEqualTo(ScanStatus.FAILED);

        CliProcess.Run bad = CliProcess.run(env(), "dlq-redrive", "--max", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("debt-os: --max must be between 1 and 10000");

        CliProcess.Run run = CliProcess.run(env(), "dlq-redrive", "--max", "10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("moved 2 dead letter(s) back to the scan queue: 1 scan(s) re-queued, 1 not failed");
        Scan requeued = new ScanStore(dataSource).find(failed.id()).orElseThrow();
        assertThat(requeued.status()).isEqualTo(ScanStatus.QUEUED);
        assertThat(requeued.attempt()).isZero();
        assertThat(requeued.error()).isNull();
        assertThat(new ScanStore(dataSource).find(completed.id()).orElseThrow().status()).isEqualTo(ScanStatus.COMPLETED);
        assertThat(queue.queue().status().deadLetters()).isZero();
        assertThat(queue.queue().status().visible()).isEqualTo(3);
    }

    @Test
    @Order(4)
    void dlqRedriveOfTheEmbeddingQueueMovesItsDeadLettersBack() throws Exception {
        String embeddingQueue = sqs.getQueueUrl(b -> b.queueName(LocalScanQueue.EMBEDDING_QUEUE_NAME)).queueUrl();
        CliProcess.Run dry = CliProcess.run(env(), "dlq-redrive", "--queue", "embeddings", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run: 2 dead letter(s) would move back to the embedding queue")
                .contains(droppedBatch.toString());

        CliProcess.Run bad = CliProcess.run(env(), "dlq-redrive", "--queue", "vectors");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("debt-os: ").doesNotContain("\n");

        CliProcess.Run run = CliProcess.run(env(), "dlq-redrive", "--queue", "embeddings");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("moved 2 dead letter(s) back to the embedding queue: 1 batch(es) still pending "
                + "are embedded again, 1 dropped or done");
        var depths = new dev.debtos.platform.queue.SqsScanQueue(sqs, embeddingQueue, embeddingDeadLetters).status();
        assertThat(depths.deadLetters()).isZero();
        assertThat(depths.visible()).isEqualTo(2);
        assertThat(queue.queue().status().deadLetters()).isZero();
    }

    @Test
    @Order(5)
    void retentionCountsThenPurgesAndRejectsAZeroAge() throws Exception {
        CliProcess.Run dry = CliProcess.run(env(), "retention", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run: would purge 0 scan(s), 0 file snapshot(s), 0 webhook deliveries, 1 audit entries");

        CliProcess.Run run = CliProcess.run(env(), "retention");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("purged 0 scan(s), 0 file snapshot(s), 0 webhook deliveries, 1 audit entries; the ledger is kept");

        CliProcess.Run bad = CliProcess.run(env(), "retention", "--scans-older-than", "0d");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'0d' is not an age such as 90d or 12h");
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>(CliProcess.databaseEnv(database));
        env.put("SQS_PORT", Integer.toString(sqsPort));
        return env;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void exec(DataSource dataSource, String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setObject(1, id);
            }
            s.executeUpdate();
        }
    }
}
