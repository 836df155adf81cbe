package dev.debtos.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The scan queue. Its own stack so that the API stack (producer) and the worker stack (consumer) both depend on it
 * and not on each other. The worker timeout is fixed here because the queue's visibility timeout derives from it:
 * WorkerStack must give the scan worker {@link #workerTimeout()}.
 */
public final class QueueStack extends Stack {

    private final ScanQueue scanQueue;
    private final ScanQueueProps queueProps;

    public QueueStack(Construct scope, String id, StackProps props, EnvironmentConfig env) {
        super(scope, id, props);
        this.queueProps = ScanQueueProps.builder().queueName(env.prefix() + "-scans").build();
        this.scanQueue = new ScanQueue(this, "ScanQueue", queueProps);
        CfnOutput.Builder.create(this, "ScanQueueUrl").value(scanQueue.queue().getQueueUrl())
                .description("SQS scan queue URL").build();
        CfnOutput.Builder.create(this, "ScanDeadLetterQueueUrl").value(scanQueue.deadLetterQueue().getQueueUrl())
                .description("Scan dead-letter queue URL (redrive after fixing the cause)").build();
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
