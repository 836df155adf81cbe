package dev.debtos.platform.queue;

import java.time.Duration;
import java.util.List;

/** The scan queue as the rest of the system sees it; SQS in AWS, ElasticMQ locally and in tests. */
public interface ScanQueue extends AutoCloseable {

    /** Enqueues a scan; returns the queue's message id. */
    String send(ScanMessage message);

    /** Up to {@code max} (at most 10) messages, waiting up to {@code wait} (long polling) when none is ready. */
    List<ReceivedMessage> receive(int max, Duration wait);

    /** Acknowledges a processed message so it is never delivered again. */
    void delete(String receiptHandle);

    /** Keeps a message hidden longer (long scan) or makes it visible again at once ({@code Duration.ZERO}). */
    void changeVisibility(String receiptHandle, Duration timeout);

    QueueStatus status();

    /** Releases the client when the queue owns one; a no-op otherwise. */
    @Override
    default void close() {
    }
}
