package dev.debtos.platform.queue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** {@link ScanQueue} over Amazon SQS (AWS SDK v2); the same code talks to ElasticMQ through an endpoint override. */
public final class SqsScanQueue implements ScanQueue {
    private final SqsClient sqs;
    private final String queueUrl;
    private final String deadLetterQueueUrl;

    private final boolean ownsClient;

    /** A queue on a client the caller owns (and closes). */
    public SqsScanQueue(SqsClient sqs, String queueUrl, String deadLetterQueueUrl) {
        this(sqs, queueUrl, deadLetterQueueUrl, false);
    }

    private SqsScanQueue(SqsClient sqs, String queueUrl, String deadLetterQueueUrl, boolean ownsClient) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterQueueUrl = deadLetterQueueUrl;
        this.ownsClient = ownsClient;
    }

    /**
     * The configured queue (SCAN_QUEUE_URL, SCAN_DLQ_URL, SQS_ENDPOINT_URL) on a client of its own, with the
     * Lambda's credentials and region from the environment; closing the queue closes the client.
     */
    public static SqsScanQueue fromSettings(dev.debtos.platform.config.QueueSettings settings) {
        var builder = SqsClient.builder()
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create());
        settings.endpoint().ifPresent(builder::endpointOverride);
        String url = settings.requireScanQueueUrl();
        return new SqsScanQueue(builder.build(), url, settings.deadLetterQueueUrl().orElse(null), true);
    }

    @Override
    public void close() {
        if (ownsClient) {
            sqs.close();
        }
    }

    @Override
    public String send(ScanMessage message) {
        return sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(message.toJson())).messageId();
    }

    /** Sends any body: the embedding queue's messages ({@link EmbeddingBatchMessage}) go through the same client. */
    public String send(String body) {
        return sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body)).messageId();
    }

    /** The queue named by {@code queueUrl} on a client of its own (closed with the queue), as {@link #fromSettings}. */
    public static SqsScanQueue at(dev.debtos.platform.config.QueueSettings settings, String queueUrl) {
        var builder = SqsClient.builder()
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return new SqsScanQueue(builder.build(), queueUrl, null, true);
    }

    @Override
    public List<ReceivedMessage> receive(int max, Duration wait) {
        if (max < 1 || max > 10) {
            throw new IllegalArgumentException("SQS receives 1 to 10 messages at a time");
        }
        return sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                        .maxNumberOfMessages(max)
                        .waitTimeSeconds((int) Math.min(20, wait.toSeconds()))
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .messages().stream()
                .map(SqsScanQueue::toReceived)
                .toList();
    }

    private static ReceivedMessage toReceived(Message m) {
        String count = m.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1");
        return new ReceivedMessage(m.messageId(), m.receiptHandle(), m.body(), Integer.parseInt(count));
    }

    @Override
    public void delete(String receiptHandle) {
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle));
    }

    @Override
    public void changeVisibility(String receiptHandle, Duration timeout) {
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle)
                .visibilityTimeout((int) timeout.toSeconds()));
    }

    @Override
    public QueueStatus status() {
        Map<QueueAttributeName, String> main = attributes(queueUrl);
        Map<QueueAttributeName, String> dlq = deadLetterQueueUrl == null ? Map.of() : attributes(deadLetterQueueUrl);
        return new QueueStatus(
                count(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                count(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                count(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED),
                count(dlq, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    private Map<QueueAttributeName, String> attributes(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
    }

    private static long count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        return Long.parseLong(attributes.getOrDefault(name, "0"));
    }
}
