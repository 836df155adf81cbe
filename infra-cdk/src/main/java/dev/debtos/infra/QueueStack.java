package dev.debtos.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The scan queue and the embedding queue. Its own stack so that the API stack (producer) and the worker stack
 * (consumer) both depend on it and not on each other. The workers' timeouts are fixed here because the queues'
 * visibility timeouts derive from them: WorkerStack must give the scan worker {@link #workerTimeout()} and the
 * embedding worker {@link #embeddingWorkerTimeout()}.
 */
public final class QueueStack extends Stack {
    /**
     * The embedding worker's timeout: a batch is about four seconds of the model on two vCPUs, so five minutes is an
     * outage, not a slow batch, and a stuck message becomes visible again after 30 minutes, well within a scan's
     * one-hour embedding deadline.
     */
    public static final int EMBEDDING_WORKER_TIMEOUT_SECONDS = 300;
    /** An embedding batch that failed this many times goes to its dead-letter queue (as the platform provisions it). */
    public static final int EMBEDDING_MAX_RECEIVE_COUNT = 3;

    private final ScanQueue scanQueue;
    private final ScanQueueProps queueProps;
    private final ScanQueue embeddingQueue;
    private final ScanQueueProps embeddingProps;

    public QueueStack(Construct scope, String id, StackProps props, EnvironmentConfig env) {
        super(scope, id, props);
        this.queueProps = ScanQueueProps.builder().queueName(env.prefix() + "-scans").build();
        this.scanQueue = new ScanQueue(this, "ScanQueue", queueProps);
        CfnOutput.Builder.create(this, "ScanQueueUrl").value(scanQueue.queue().getQueueUrl())
                .description("SQS scan queue URL").build();
        CfnOutput.Builder.create(this, "ScanDeadLetterQueueUrl").value(scanQueue.deadLetterQueue().getQueueUrl())
                .description("Scan dead-letter queue URL (redrive after fixing the cause)").build();
        this.embeddingProps = ScanQueueProps.builder().queueName(env.prefix() + "-embeddings")
                .workerTimeout(Duration.seconds(EMBEDDING_WORKER_TIMEOUT_SECONDS))
                .maxReceiveCount(EMBEDDING_MAX_RECEIVE_COUNT)
                .build();
        this.embeddingQueue = new ScanQueue(this, "EmbeddingQueue", embeddingProps);
        CfnOutput.Builder.create(this, "EmbeddingDeadLetterQueueUrl").value(embeddingQueue.deadLetterQueue().getQueueUrl())
                .description("Embedding dead-letter queue URL (its batches are dropped: rescan after fixing the cause)")
                .build();
    }

    public IQueue embeddingQueue() {
        return embeddingQueue.queue();
    }

    public IQueue embeddingDeadLetterQueue() {
        return embeddingQueue.deadLetterQueue();
    }

    /** The embedding worker's Lambda timeout that the embedding queue's visibility timeout was derived from. */
    public Duration embeddingWorkerTimeout() {
        return embeddingProps.workerTimeout();
    }

    public IQueue scanQueue() {
        return scanQueue.queue();
    }

    public IQueue deadLetterQueue() {
        return scanQueue.deadLetterQueue();
    }

    /** The scan worker's Lambda timeout that the visibility timeout was derived from. */
    public Duration workerTimeout() {
        return queueProps.workerTimeout();
    }
}
