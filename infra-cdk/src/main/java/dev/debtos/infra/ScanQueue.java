package dev.debtos.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * A queue and its dead-letter queue: the scan queue ({@code POST /scans} and webhooks send here) or the embedding
 * queue (scans send their embedding batches). The consumer reports partial batch failures, so one bad message is
 * retried alone and, after {@link ScanQueueProps#maxReceiveCount()} receives (a scan's
 * {@value ScanQueueProps#MAX_RECEIVE_COUNT}), parked in the DLQ for 14 days for inspection and redrive.
 *
 * <p>Both queues are encrypted with SQS-managed keys (SSE-SQS: no KMS permissions to grant to consumers) and refuse
 * non-TLS requests.
 */
public final class ScanQueue extends Construct {

    private final Queue queue;
    private final Queue deadLetterQueue;

    public ScanQueue(Construct scope, String id, ScanQueueProps props) {
        super(scope, id);
        Queue.Builder dlq = Queue.Builder.create(this, "DeadLetterQueue")
                .retentionPeriod(Duration.days(ScanQueueProps.DEAD_LETTER_RETENTION_DAYS))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true);
        props.queueName().ifPresent(name -> dlq.queueName(name + "-dlq"));
        this.deadLetterQueue = dlq.build();

        Queue.Builder main = Queue.Builder.create(this, "Queue")
                .visibilityTimeout(props.visibilityTimeout())
                .retentionPeriod(props.retentionPeriod())
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder()
                        .queue(deadLetterQueue)
                        .maxReceiveCount(props.maxReceiveCount())
                        .build());
        props.queueName().ifPresent(main::queueName);
        this.queue = main.build();
    }

    public IQueue queue() {
        return queue;
    }

    public IQueue deadLetterQueue() {
        return deadLetterQueue;
    }
}
