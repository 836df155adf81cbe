package dev.debtos.platform.queue;

/**
 * A message taken from the queue and invisible to others until its visibility timeout ends.
 *
 * @param receiveCount how many times it has been received, this time included (SQS ApproximateReceiveCount)
 */
public record ReceivedMessage(String messageId, String receiptHandle, String body, int receiveCount) {

    public ScanMessage scan() {
        return ScanMessage.fromJson(body);
    }
}
