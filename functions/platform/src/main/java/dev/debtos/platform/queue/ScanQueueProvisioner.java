package dev.debtos.platform.queue;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the scan queue and its dead-letter queue where nothing else does (the local runtime, tests, the
 * LocalStack profile); in AWS the CDK app's ScanQueue construct owns them. Idempotent: CreateQueue with the
 * same attributes returns the existing queue.
 */
public final class ScanQueueProvisioner {
    /** A scan that fails this many receives goes to the dead-letter queue (worker issue: maxReceiveCount 5). */
    public static final int MAX_RECEIVE_COUNT = 5;
    /**
     * An embedding batch that fails this many receives goes to the embedding dead-letter queue: a batch is a few
     * seconds of work, and a failure that survives three tries is not transient.
     */
    public static final int EMBEDDING_MAX_RECEIVE_COUNT = 3;

    private ScanQueueProvisioner() {
    }

    public static SqsScanQueue provision(SqsClient sqs, String queueName, Duration visibilityTimeout) {
        return provision(sqs, queueName, visibilityTimeout, MAX_RECEIVE_COUNT);
    }

    /** A queue and its DLQ, after {@code maxReceiveCount} receives (the embedding queue's is its own). */
    public static SqsScanQueue provision(SqsClient sqs, String queueName, Duration visibilityTimeout, int maxReceiveCount) {
        String dlqUrl = sqs.createQueue(b -> b.queueName(queueName + "-dlq")
                .attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, Long.toString(Duration.ofDays(14).toSeconds()))))
                .queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}";
        String queueUrl = sqs.createQueue(b -> b.queueName(queueName).attributes(Map.of(
                        QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(visibilityTimeout.toSeconds()),
                        QueueAttributeName.REDRIVE_POLICY, redrive)))
                .queueUrl();
        return new SqsScanQueue(sqs, queueUrl, dlqUrl);
    }
}
