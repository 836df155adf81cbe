package dev.debtos.local.queue;

import dev.debtos.platform.queue.EmbeddedSqs;
import dev.debtos.platform.queue.ScanQueueProvisioner;
import dev.debtos.platform.queue.SqsScanQueue;
import dev.debtos.worker.ScanPipeline;
import dev.debtos.worker.ScanPorts;
import dev.debtos.worker.ScanWorkerHandler;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The embedded local profile's queue and worker: an in-process ElasticMQ with the scan queue and its DLQ
 * provisioned as the CDK app does, and a poller thread feeding batches to the same {@link ScanWorkerHandler} the
 * worker Lambda runs (the event source mapping's job in AWS). Closing it stops the poller, then the queue.
 */
public final class LocalScanQueue implements AutoCloseable {
    public static final String QUEUE_NAME = "debt-os-scans";
    private static final Duration VISIBILITY = Duration.ofSeconds(30);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final EmbeddedSqs sqs;
    private final SqsClient client;
    private final SqsScanQueue queue;
    private ScanPoller poller;
    private Thread worker;

    private LocalScanQueue(EmbeddedSqs sqs, SqsClient client, SqsScanQueue queue) {
        this.sqs = sqs;
        this.client = client;
        this.queue = queue;
    }

    /** Starts ElasticMQ on {@code port} (0: any free port) and provisions the queues; no worker yet. */
    public static LocalScanQueue start(int port) {
        EmbeddedSqs sqs = EmbeddedSqs.start(port);
        try {
            SqsClient client = sqs.client();
            return new LocalScanQueue(sqs, client, ScanQueueProvisioner.provision(client, QUEUE_NAME, VISIBILITY));
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

    public SqsScanQueue queue() {
        return queue;
    }

    public java.net.URI endpoint() {
        return sqs.endpoint();
    }

    @Override
    public synchronized void close() {
        try {
            if (poller != null) {
                poller.stop();
                worker.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.close();
            sqs.close();
        }
    }
}
