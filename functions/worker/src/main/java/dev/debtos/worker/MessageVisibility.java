package dev.debtos.worker;

import java.time.Duration;

/**
 * Keeps a received message invisible while its scan runs (SQS ChangeMessageVisibility), so a scan longer than the
 * queue's visibility timeout is not delivered to a second worker meanwhile.
 */
@FunctionalInterface
public interface MessageVisibility {
    /** For handlers whose queue is out of reach: the visibility timeout alone bounds a delivery. */
    MessageVisibility NONE = (receiptHandle, timeout) -> { };

    void extend(String receiptHandle, Duration timeout);
}
