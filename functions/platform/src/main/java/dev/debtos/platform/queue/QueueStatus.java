package dev.debtos.platform.queue;

/**
 * Depths of the scan queue and its dead-letter queue, as SQS reports them (approximate by design).
 *
 * @param visible   waiting to be received
 * @param inFlight  received, not yet deleted, still invisible
 * @param delayed   sent with a delay that has not passed
 * @param deadLetters messages moved to the DLQ after maxReceiveCount failed receives
 */
public record QueueStatus(long visible, long inFlight, long delayed, long deadLetters) {
}
