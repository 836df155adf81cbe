package dev.debtos.local.queue;

import dev.debtos.platform.queue.EmbeddedSqs;
import dev.debtos.platform.queue.EmbeddingBatchMessage;
import dev.debtos.platform.queue.ScanQueueProvisioner;
import dev.debtos.platform.queue.SqsScanQueue;
import dev.debtos.worker.ScanPipeline;
import dev.debtos.worker.ScanPorts;
import dev.debtos.worker.ScanWorkerHandler;
import dev.debtos.worker.embed.EmbeddingBatchHandler;
import dev.debtos.worker.embed.EmbeddingBatchRunner;
import java.util.UUID;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The embedded local profile's queues and workers: an in-process ElasticMQ with the scan queue, the embedding queue
 * and their DLQs provisioned as the CDK app does, and poller threads feeding batches to the same
 * {@link ScanWorkerHandler} and {@link EmbeddingBatchHandler} the Lambdas run (the event source mappings' job in AWS).
 * Closing it stops the pollers, then the queue.
 */
public final class LocalScanQueue implements AutoCloseable {
    public static final String QUEUE_NAME = "debt-os-scans";
    public static final String EMBEDDING_QUEUE_NAME = "debt-os-embeddings";
    private static final Duration VISIBILITY = Duration.ofSeconds(30);
    /** A batch is seconds of model time on an idle machine, minutes on a crowded one; never redelivered while it runs. */
    private static final Duration EMBEDDING_VISIBILITY = Duration.ofMinutes(10);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final EmbeddedSqs sqs;
    private final SqsClient client;
    private final SqsScanQueue queue;
    private final SqsScanQueue embeddings;
    private ScanPoller poller;
    private Thread worker;
    private ScanPoller embeddingPoller;
    private Thread embeddingWorker;

    private LocalScanQueue(EmbeddedSqs sqs, SqsClient client, SqsScanQueue queue, SqsScanQueue embeddings) {
        this.sqs = sqs;
        this.client = client;
        this.queue = queue;
        this.embeddings = embeddings;
    }

    /** Starts ElasticMQ on {@code port} (0: any free port) and provisions the queues; no worker yet. */
    public static LocalScanQueue start(int port) {
        EmbeddedSqs sqs = EmbeddedSqs.start(port);
        try {
            SqsClient client = sqs.client();
            return new LocalScanQueue(sqs, client, ScanQueueProvisioner.provision(client, QUEUE_NAME, VISIBILITY),
                    ScanQueueProvisioner.provision(client, EMBEDDING_QUEUE_NAME, EMBEDDING_VISIBILITY,
                            ScanQueueProvisioner.EMBEDDING_MAX_RECEIVE_COUNT));
        } catch (RuntimeException e) {
            sqs.close();
            throw e;
        }
    }

    /**
     * Starts the poller thread that hands received batches to the worker handler running a pipeline over
     * {@code ports}, whose lease heartbeat extends the visibility of this queue's messages.
     */
    public synchronized LocalScanQueue withWorker(ScanPorts ports) {
        if (worker != null) {
            throw new IllegalStateException("the worker already runs");
        }
        ScanPipeline pipeline = new ScanPipeline(ports.withVisibility(queue::changeVisibility));
        poller = new ScanPoller(queue, new ScanWorkerHandler(pipeline), RETRY_DELAY);
        worker = Thread.ofPlatform().name("scan-poller").daemon().start(poller);
        return this;
    }

    /** Starts the poller thread that hands the embedding queue's batches to the embedding worker's handler. */
    public synchronized LocalScanQueue withEmbeddingWorker(EmbeddingBatchRunner runner) {
        if (embeddingWorker != null) {
            throw new IllegalStateException("the embedding worker already runs");
        }
        embeddingPoller = new ScanPoller(embeddings, new EmbeddingBatchHandler(runner), RETRY_DELAY);
        embeddingWorker = Thread.ofPlatform().name("embedding-poller").daemon().start(embeddingPoller);
        return this;
    }

    public SqsScanQueue queue() {
        return queue;
    }

    public SqsScanQueue embeddingQueue() {
        return embeddings;
    }

    /** Sends an embedding batch's message to the embedding queue. */
    public void sendBatch(UUID batchId) {
        embeddings.send(new EmbeddingBatchMessage(batchId).toJson());
    }

    public java.net.URI endpoint() {
        return sqs.endpoint();
    }

    @Override
    public synchronized void close() {
        try {
            if (poller != null) {
                poller.stop();
            }
            if (embeddingPoller != null) {
                embeddingPoller.stop();
            }
            if (poller != null) {
                worker.join(Duration.ofSeconds(5));
            }
            if (embeddingPoller != null) {
                embeddingWorker.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.close();
            sqs.close();
        }
    }
}
