package dev.debtos.worker.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.embeddings.ChunkVectorStore;
import dev.debtos.platform.embeddings.EmbeddingBatchStore;
import dev.debtos.platform.embeddings.TextEmbedder;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.queue.EmbeddedSqs;
import dev.debtos.platform.queue.EmbeddingBatchMessage;
import dev.debtos.platform.queue.ReceivedMessage;
import dev.debtos.platform.queue.ScanQueueProvisioner;
import dev.debtos.platform.queue.SqsScanQueue;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.LeaseTerms;
import dev.debtos.worker.ScanAnalyzer;
import dev.debtos.worker.ScanFixture;
import dev.debtos.worker.ScanPipeline;
import dev.debtos.worker.ScanPorts;
import dev.debtos.worker.ScanWorkerHandler;
import dev.debtos.worker.checkout.WorkspacePreparer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Scans whose embedding work goes to batches on the embedding queue: real ElasticMQ, the real all-MiniLM-L6-v2 model,
 * real PostgreSQL + pgvector, real git repositories. The scan completes with its batches pending; the embedding worker's
 * handler takes them from the queue and stores the vectors; a redelivered batch changes nothing; a batch past its
 * deadline or failing on its last receive is dropped and the scan says so.
 */
class EmbeddingBatchesIT {
    private static ModelDatabase bed;
    private static HikariDataSource dataSource;
    private static TextEmbedder model;
    private static EmbeddedSqs elasticMq;
    private static SqsClient sqs;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws Exception {
        bed = ModelDatabase.open();
        dataSource = bed.dataSource();
        model = bed.model();
        elasticMq = EmbeddedSqs.start(0);
        sqs = elasticMq.client();
    }

    @AfterAll
    static void close() throws Exception {
        sqs.close();
        elasticMq.close();
        bed.close();
    }

    @Test
    void theScanCompletesWithBatchesPendingAndTheEmbeddingWorkerStoresThemOnce() throws Exception {
        SqsScanQueue queue = newQueue();
        Path repo = EmbeddingScanIT.repository(dir.resolve("utils"));
        Repository repository = new RepositoryStore(dataSource).localRepository(repo);

        Scan scan = scan(repository, repo, queue, Clock.systemUTC());
        JsonNode queued = stats(scan.id());
        int chunks = queued.path("chunks").asInt();
        assertThat(chunks).isGreaterThanOrEqualTo(5);
        assertThat(queued.path("queued").asInt()).isEqualTo(chunks);
        assertThat(queued.path("embedded").asInt()).isZero();
        assertThat(queued.path("state").asText()).isEqualTo("embedding");
        assertThat(queued.path("batches").path("pending").asInt()).isEqualTo(queued.path("batches").path("total").asInt())
                .isPositive();
        assertThat(rows(repository.id())).as("nothing stored before the worker runs").isZero();

        CountingModel counting = new CountingModel(model);
        EmbeddingBatchHandler worker = handler(counting, Clock.systemUTC());
        List<ReceivedMessage> delivered = drain(queue, worker);
        assertThat(delivered).hasSize(queued.path("batches").path("total").asInt());

        JsonNode done = stats(scan.id());
        assertThat(done.path("state").asText()).isEqualTo("complete");
        assertThat(done.path("embedded").asInt()).isEqualTo(chunks);
        assertThat(done.path("batches").path("done").asInt()).isEqualTo(delivered.size());
        assertThat(done.path("batches").path("pending").asInt()).isZero();
        assertThat(rows(repository.id())).isEqualTo(chunks);
        assertThat(counting.texts.get()).isEqualTo(chunks);
        String before = rowIds(repository.id());

        // SQS delivers at least once: the same messages again embed and write nothing
        SQSBatchResponse again = worker.handleRequest(event(delivered, 2), null);
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(counting.texts.get()).isEqualTo(chunks);
        assertThat(rowIds(repository.id())).isEqualTo(before);
        assertThat(stats(scan.id())).isEqualTo(done);
    }

    @Test
    void aBatchWhoseVectorsAreStoredEmbedsNothingAndALaterScanSupersedesPendingBatches() throws Exception {
        SqsScanQueue queue = newQueue();
        Path repo = EmbeddingScanIT.repository(dir.resolve("supersede"));
        Repository repository = new RepositoryStore(dataSource).localRepository(repo);

        Scan first = scan(repository, repo, queue, Clock.systemUTC());
        List<ReceivedMessage> firstMessages = queue.receive(10, Duration.ofSeconds(1));
        ScanFixture.commit(repo, "docs/notes.txt", "the tree changes, no code does\n");
        Scan second = scan(repository, repo, queue, Clock.systemUTC());
        JsonNode superseded = stats(first.id());
        assertThat(superseded.path("state").asText()).isEqualTo("incomplete");
        assertThat(superseded.path("reason").asText()).isEqualTo("superseded by a later scan of the repository");

        CountingModel counting = new CountingModel(model);
        EmbeddingBatchHandler worker = handler(counting, Clock.systemUTC());
        assertThat(worker.handleRequest(event(firstMessages, 1), null).getBatchItemFailures()).isEmpty();
        assertThat(counting.texts.get()).as("dropped batches are acknowledged untouched").isZero();
        assertThat(rows(repository.id())).isZero();

        drain(queue, worker);
        int chunks = stats(second.id()).path("chunks").asInt();
        assertThat(rows(repository.id())).isEqualTo(chunks);
        assertThat(counting.texts.get()).isEqualTo(chunks);

        // the tree changes again in one file's layout only: that file is re-queued, and its chunks' vectors are found
        ScanFixture.commit(repo, EmbeddingScanIT.TEXT, "\n" + java.nio.file.Files.readString(repo.resolve(EmbeddingScanIT.TEXT)));
        Scan third = scan(repository, repo, queue, Clock.systemUTC());
        assertThat(stats(third.id()).path("queued").asInt()).isZero();
        assertThat(stats(third.id()).path("state").asText()).isEqualTo("complete");
        assertThat(rows(repository.id())).isEqualTo(chunks);
    }

    @Test
    void batchesPastTheirDeadlineOrFailingTheirLastReceiveAreDroppedAndTheScanSaysSo() throws Exception {
        SqsScanQueue queue = newQueue();
        Path repo = EmbeddingScanIT.repository(dir.resolve("late"));
        Repository repository = new RepositoryStore(dataSource).localRepository(repo);
        Scan scan = scan(repository, repo, queue, Clock.systemUTC());

        Clock late = Clock.offset(Clock.systemUTC(), EmbeddingStages.DEFAULT_DEADLINE.plusMinutes(1));
        drain(queue, handler(model, late));
        JsonNode dropped = stats(scan.id());
        assertThat(dropped.path("state").asText()).isEqualTo("incomplete");
        assertThat(dropped.path("reason").asText()).isEqualTo("not embedded by its deadline");
        assertThat(dropped.path("droppedChunks").asInt()).isEqualTo(dropped.path("chunks").asInt());
        assertThat(rows(repository.id())).isZero();

        ScanFixture.commit(repo, "docs/notes.txt", "a later scan queues the files again\n");
        Scan retried = scan(repository, repo, queue, Clock.systemUTC());
        TextEmbedder broken = new CountingModel(null);
        EmbeddingBatchHandler failing = handler(broken, Clock.systemUTC());
        int receives = 0;
        while (receives < ScanQueueProvisioner.EMBEDDING_MAX_RECEIVE_COUNT) {
            List<ReceivedMessage> messages = queue.receive(10, Duration.ofSeconds(1));
            if (messages.isEmpty()) {
                continue;
            }
            receives = messages.getFirst().receiveCount();
            SQSBatchResponse response = failing.handleRequest(event(messages, receives), null);
            assertThat(response.getBatchItemFailures()).hasSameSizeAs(messages);
            messages.forEach(m -> queue.changeVisibility(m.receiptHandle(), Duration.ZERO));
        }
        assertThat(queue.receive(10, Duration.ofSeconds(1))).as("the next receive moves them to the DLQ").isEmpty();
        assertThat(queue.status().deadLetters()).isPositive();
        JsonNode failed = stats(retried.id());
        assertThat(failed.path("state").asText()).isEqualTo("incomplete");
        assertThat(failed.path("reason").asText()).isEqualTo("failed 3 times (IllegalStateException)");
    }

    @Test
    void filesSharingAChunkWithAQueuedFileWaitForItsBatch() throws Exception {
        SqsScanQueue queue = newQueue();
        Path repo = dir.resolve("shared");
        java.nio.file.Files.createDirectories(repo);
        org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
        String header = "// Copyright the authors of this example. Licensed under the Apache License, Version 2.0.\n";
        // the same file twice: every chunk of the second is content the first one's batch embeds
        for (String copy : List.of("src/a/Same.java", "src/b/Same.java")) {
            ScanFixture.commit(repo, copy, header + "final class Same {\n"
                    + "    static int twice(int value) {\n        int doubled = value * 2;\n        return doubled;\n    }\n}\n");
        }
        Repository repository = new RepositoryStore(dataSource).localRepository(repo);
        Scan scan = scan(repository, repo, queue, Clock.systemUTC());
        JsonNode queued = stats(scan.id());
        assertThat(rows(repository.id())).as("no file is written before its shared chunk's vector exists").isZero();

        drain(queue, handler(model, Clock.systemUTC()));
        assertThat(stats(scan.id()).path("state").asText()).isEqualTo("complete");
        assertThat(rows(repository.id())).isEqualTo(queued.path("chunks").asInt());
    }

    @Test
    void theDeadlineVariableIsADurationLongerThanZero() {
        assertThat(EmbeddingStages.deadline(null)).isEqualTo(EmbeddingStages.DEFAULT_DEADLINE);
        assertThat(EmbeddingStages.deadline("30m")).isEqualTo(Duration.ofMinutes(30));
        for (String bad : new String[] {"0", "soon", "-5m"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddingStages.deadline(bad))
                    .isInstanceOf(dev.debtos.platform.config.ConfigException.class)
                    .hasMessageStartingWith("EMBED_DEADLINE ");
        }
    }

    private static SqsScanQueue newQueue() {
        return ScanQueueProvisioner.provision(sqs, "embeddings-" + UUID.randomUUID(), Duration.ofSeconds(30),
                ScanQueueProvisioner.EMBEDDING_MAX_RECEIVE_COUNT);
    }

    private static EmbeddingBatchHandler handler(TextEmbedder embedder, Clock clock) {
        return new EmbeddingBatchHandler(new EmbeddingBatchRunner(embedder, new ChunkVectorStore(dataSource),
                new EmbeddingBatchStore(dataSource), clock));
    }

    /** Hands every message on the queue to the worker, deleting the acknowledged ones; returns what it delivered. */
    private static List<ReceivedMessage> drain(SqsScanQueue queue, EmbeddingBatchHandler worker) {
        List<ReceivedMessage> delivered = new ArrayList<>();
        for (List<ReceivedMessage> batch = queue.receive(10, Duration.ofSeconds(1)); !batch.isEmpty();
             batch = queue.receive(10, Duration.ofSeconds(1))) {
            assertThat(worker.handleRequest(event(batch, 1), null).getBatchItemFailures()).isEmpty();
            batch.forEach(message -> queue.delete(message.receiptHandle()));
            delivered.addAll(batch);
        }
        return delivered;
    }

    private static SQSEvent event(List<ReceivedMessage> messages, int receiveCount) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (ReceivedMessage received : messages) {
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId(received.messageId());
            message.setReceiptHandle(received.receiptHandle());
            message.setBody(received.body());
            message.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(receiveCount)));
            records.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static Scan scan(Repository repository, Path repo, SqsScanQueue queue, Clock clock) throws Exception {
        ScanStore scans = new ScanStore(dataSource);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        EmbeddingDispatch dispatch = new EmbeddingDispatch(new EmbeddingBatchStore(dataSource),
                id -> queue.send(new EmbeddingBatchMessage(id).toJson()), EmbeddingStages.DEFAULT_DEADLINE, clock);
        ScanPorts ports = ScanPorts.of(dataSource, WorkspacePreparer.defaults(Profile.LOCAL),
                ScanAnalyzer.engine(EmbeddingStages.queued(model, new ChunkVectorStore(dataSource), dispatch,
                        EmbeddingStages.DEFAULT_BUDGET)),
                new LeaseTerms("worker-" + UUID.randomUUID(), Duration.ofMinutes(1)));
        assertThat(new ScanWorkerHandler(new ScanPipeline(ports)).handleRequest(ScanFixture.event(scan.id(), 1), null)
                .getBatchItemFailures()).isEmpty();
        Scan done = scans.find(scan.id()).orElseThrow();
        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(ScanStatus.COMPLETED);
        return done;
    }

    private static JsonNode stats(UUID scanId) throws Exception {
        Scan scan = new ScanStore(dataSource).find(scanId).orElseThrow();
        return Json.mapper().readTree(scan.stats()).path("embeddings");
    }

    private static long rows(UUID repositoryId) throws Exception {
        return Long.parseLong(query("SELECT count(*) FROM file_embeddings WHERE repository_id = ?", repositoryId));
    }

    private static String rowIds(UUID repositoryId) throws Exception {
        return query("SELECT string_agg(id::text || created_at::text, ',' ORDER BY id) FROM file_embeddings"
                + " WHERE repository_id = ?", repositoryId);
    }

    private static String query(String sql, UUID repositoryId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, repositoryId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Counts the texts it embeds; without a model underneath it fails every call. */
    private static final class CountingModel implements TextEmbedder {
        final AtomicInteger texts = new AtomicInteger();
        private final TextEmbedder model;

        CountingModel(TextEmbedder model) {
            this.model = model;
        }

        @Override
        public String model() {
            return model == null ? "all-minilm-l6-v2" : model.model();
        }

        @Override
        public int dimensions() {
            return 384;
        }

        @Override
        public List<float[]> embedAll(List<String> batch) {
            if (model == null) {
                throw new IllegalStateException("the model is unavailable");
            }
            texts.addAndGet(batch.size());
            return model.embedAll(batch);
        }
    }
}
