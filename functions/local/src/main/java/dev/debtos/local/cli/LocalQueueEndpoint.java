package dev.debtos.local.cli;

import dev.debtos.local.queue.LocalScanQueue;
import dev.debtos.platform.config.AppConfig;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * The scan queue and the embedding queue, each with its DLQ, for the queue commands. With SCAN_QUEUE_URL set: that
 * queue (in AWS, or at SQS_ENDPOINT_URL), its DLQ from SCAN_DLQ_URL or its redrive policy, and the embedding queue
 * at EMBED_QUEUE_URL when set, its DLQ from its redrive policy. Otherwise the embedded queues, which live only inside
 * a running {@code debt-os serve}: ElasticMQ on 127.0.0.1:SQS_PORT, or the port that serve announced
 * ({@link RunningServe}), or 9324; found by name.
 */
record LocalQueueEndpoint(SqsClient client, String queueUrl, String deadLetterQueueUrl, String where,
                          Optional<Queue> embeddings) implements AutoCloseable {
    static final int DEFAULT_SQS_PORT = 9324;

    /** A queue and its dead-letter queue. */
    record Queue(String url, String deadLetterUrl) {
    }

    Queue scans() {
        return new Queue(queueUrl, deadLetterQueueUrl);
    }

    /** SQS_PORT, 0 for any free port; a one-line bad-input error when it is not a port. */
    static int sqsPort() {
        String text = System.getenv("SQS_PORT");
        if (text == null || text.isBlank()) {
            return DEFAULT_SQS_PORT;
        }
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandFailure("SQS_PORT must be a port number (0-65535)", OneLineErrors.BAD_INPUT);
    }

    static LocalQueueEndpoint resolve(AppConfig config) {
        if (config.queue().scanQueueUrl().isPresent()) {
            var builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create());
            config.queue().endpoint().ifPresent(builder::endpointOverride);
            SqsClient client = builder.build();
            String url = config.queue().scanQueueUrl().get();
            try {
                String dlq = config.queue().deadLetterQueueUrl().orElseGet(() -> deadLetterQueueOf(client, url, "SCAN_DLQ_URL"));
                Optional<Queue> embeddings = config.queue().embeddingQueueUrl()
                        .map(embed -> new Queue(embed, deadLetterQueueOf(client, embed, null)));
                return new LocalQueueEndpoint(client, url, dlq, url, embeddings);
            } catch (SdkClientException | QueueDoesNotExistException e) {
                client.close();
                throw new CommandFailure("the scan queue " + url + " is not reachable: " + e.getClass().getSimpleName(),
                        OneLineErrors.FAILURE);
            }
        }
        // SQS_PORT when given, else the port a running serve announced, else ElasticMQ's usual 9324
        String given = System.getenv("SQS_PORT");
        int port = given != null && !given.isBlank() ? sqsPort() : RunningServe.queuePort().orElse(DEFAULT_SQS_PORT);
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        SqsClient client = SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        try {
            String queue = client.getQueueUrl(b -> b.queueName(LocalScanQueue.QUEUE_NAME)).queueUrl();
            String dlq = client.getQueueUrl(b -> b.queueName(LocalScanQueue.QUEUE_NAME + "-dlq")).queueUrl();
            return new LocalQueueEndpoint(client, queue, dlq, endpoint.toString(), embeddedQueue(client));
        } catch (SdkClientException | QueueDoesNotExistException e) {
            client.close();
            throw new CommandFailure("no scan queue at " + endpoint + ": the embedded queue lives inside a running "
                    + "'debt-os serve' (start it, set SQS_PORT to its port, or set SCAN_QUEUE_URL)", OneLineErrors.FAILURE);
        }
    }

    private static Optional<Queue> embeddedQueue(SqsClient client) {
        try {
            return Optional.of(new Queue(
                    client.getQueueUrl(b -> b.queueName(LocalScanQueue.EMBEDDING_QUEUE_NAME)).queueUrl(),
                    client.getQueueUrl(b -> b.queueName(LocalScanQueue.EMBEDDING_QUEUE_NAME + "-dlq")).queueUrl()));
        } catch (QueueDoesNotExistException e) {
            return Optional.empty();
        }
    }

    /**
     * The DLQ named by the queue's redrive policy ({"deadLetterTargetArn":"arn:aws:sqs:region:account:name",...});
     * without one, a one-line error naming {@code variable} when there is one to set.
     */
    private static String deadLetterQueueOf(SqsClient client, String queueUrl, String variable) {
        String policy = client.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                .attributes().get(QueueAttributeName.REDRIVE_POLICY);
        var arn = policy == null ? null : java.util.regex.Pattern.compile("\"deadLetterTargetArn\"\\s*:\\s*\"([^\"]+)\"").matcher(policy);
        if (arn == null || !arn.find()) {
            throw new CommandFailure("the queue " + queueUrl + " has no dead-letter queue"
                    + (variable == null ? "" : " (set " + variable + ")"), OneLineErrors.BAD_INPUT);
        }
        String[] parts = arn.group(1).split(":");
        String name = parts[parts.length - 1];
        String account = parts.length > 4 ? parts[4] : null;
        return client.getQueueUrl(b -> b.queueName(name).queueOwnerAWSAccountId(account)).queueUrl();
    }

    @Override
    public void close() {
        client.close();
    }
}
