package dev.debtos.platform.config;

import java.net.URI;
import java.util.Optional;

/**
 * Where scan requests and embedding batches go. In AWS the CDK app sets SCAN_QUEUE_URL and SCAN_DLQ_URL on every
 * function that needs them and EMBED_QUEUE_URL on the scan worker (without it a scan embeds in its own run);
 * SQS_ENDPOINT_URL points the SDK at ElasticMQ or LocalStack instead of AWS. The embedded local profile starts its
 * own ElasticMQ and needs none of them.
 */
public record QueueSettings(Optional<String> scanQueueUrl, Optional<String> deadLetterQueueUrl, Optional<URI> endpoint,
                            Optional<String> embeddingQueueUrl) {

    static QueueSettings read(Env env) {
        Optional<String> queue = env.optional("SCAN_QUEUE_URL").map(url -> HttpUrls.parse("SCAN_QUEUE_URL", url).toString());
        Optional<String> dlq = env.optional("SCAN_DLQ_URL").map(url -> HttpUrls.parse("SCAN_DLQ_URL", url).toString());
        Optional<URI> endpoint = env.optional("SQS_ENDPOINT_URL").map(url -> HttpUrls.parse("SQS_ENDPOINT_URL", url));
        Optional<String> embeddings = env.optional("EMBED_QUEUE_URL")
                .map(url -> HttpUrls.parse("EMBED_QUEUE_URL", url).toString());
        return new QueueSettings(queue, dlq, endpoint, embeddings);
    }

    /** The queue URL, or a one-line configuration error naming the variable. */
    public String requireScanQueueUrl() {
        return scanQueueUrl.orElseThrow(() -> new ConfigException("SCAN_QUEUE_URL", "is required to queue scans"));
    }
}
