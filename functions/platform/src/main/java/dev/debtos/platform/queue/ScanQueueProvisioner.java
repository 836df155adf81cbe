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

    private ScanQueueProvisioner() {
    }

    public static SqsScanQueue provision(SqsClient sqs, String queueName, Duration visibilityTimeout) {
        String dlqUrl = sqs.createQueue(b -> b.queueName(queueName + "-dlq")
                .attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, Long.toString(Duration.ofDays(14).toSeconds()))))
                .queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + MAX_RECEIVE_COUNT + "\"}";
        String queueUrl = sqs.createQueue(b -> b.queueName(queueName).attributes(Map.of(
                        QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(visibilityTimeout.toSeconds()),
                        QueueAttributeName.REDRIVE_POLICY, redrive)))
                .queueUrl();
        return new SqsScanQueue(sqs, queueUrl, dlqUrl);
    }
}
