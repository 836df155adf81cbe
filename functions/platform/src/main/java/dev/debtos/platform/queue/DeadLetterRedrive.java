package dev.debtos.platform.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Moves messages from the scan queue's dead-letter queue back to the scan queue: each is received from the DLQ,
 * sent to the main queue with the same body, then deleted from the DLQ (a crash in between leaves a copy in both:
 * a duplicate delivery, which the worker makes harmless). A dry run receives and releases them at once.
 */
public final class DeadLetterRedrive {
    /** Long enough to send one message on and delete it. */
    private static final Duration HOLD = Duration.ofSeconds(30);

    private final SqsClient sqs;
    private final String queueUrl;
    private final String deadLetterQueueUrl;

    public DeadLetterRedrive(SqsClient sqs, String queueUrl, String deadLetterQueueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterQueueUrl = deadLetterQueueUrl;
    }

    /** What to do with each dead letter before it moves (reset its scan); the body is given as received. */
    @FunctionalInterface
    public interface BeforeMove {
        void accept(String body) throws Exception;
    }

    /** Up to {@code max} dead letters; {@code dryRun}: only their bodies, every message left where it was. */
    public List<String> redrive(int max, boolean dryRun, BeforeMove beforeMove) throws Exception {
        List<String> bodies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (bodies.size() < max) {
            int batch = Math.min(10, max - bodies.size());
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(deadLetterQueueUrl).maxNumberOfMessages(batch)
                    .visibilityTimeout((int) HOLD.toSeconds()).waitTimeSeconds(1)).messages();
            if (messages.isEmpty() || !seen.addAll(messages.stream().map(Message::messageId).toList())) {
                release(messages);
                break;
            }
            for (Message message : messages) {
                bodies.add(message.body());
                if (dryRun) {
                    continue;
                }
                beforeMove.accept(message.body());
                sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(message.body()));
                sqs.deleteMessage(b -> b.queueUrl(deadLetterQueueUrl).receiptHandle(message.receiptHandle()));
            }
            if (dryRun) {
                release(messages);
            }
        }
        return bodies;
    }

    private void release(List<Message> messages) {
        for (Message message : messages) {
            sqs.changeMessageVisibility(b -> b.queueUrl(deadLetterQueueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(0));
        }
    }
}
