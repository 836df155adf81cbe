package dev.debtos.local.queue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.debtos.platform.queue.ReceivedMessage;
import dev.debtos.platform.queue.ScanQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What the Lambda event source mapping does in AWS, for the local profile: receives batches from the scan queue,
 * hands each to the worker handler as an {@link SQSEvent}, deletes the acknowledged messages and makes the failed
 * ones visible again after {@code retryDelay} (the queue's redrive policy moves a message to the DLQ after
 * {@code maxReceiveCount} receives).
 */
public final class ScanPoller implements Runnable {
    private static final Logger LOG = LogManager.getLogger(ScanPoller.class);
    private static final Duration WAIT = Duration.ofSeconds(1);

    private final ScanQueue queue;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;
    private final Duration retryDelay;
    private volatile boolean stopped;

    public ScanPoller(ScanQueue queue, RequestHandler<SQSEvent, SQSBatchResponse> handler, Duration retryDelay) {
        this.queue = queue;
        this.handler = handler;
        this.retryDelay = retryDelay;
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                LOG.warn("Scan queue poll failed: {}", e.getClass().getSimpleName());
                sleep();
            }
        }
    }

    public void stop() {
        stopped = true;
    }

    /** Receives and handles one batch; returns how many messages it held. */
    public int pollOnce() {
        List<ReceivedMessage> batch = queue.receive(10, WAIT);
        if (batch.isEmpty()) {
            return 0;
        }
        SQSBatchResponse response = handler.handleRequest(event(batch), null);
        Set<String> failed = new HashSet<>();
        response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        for (ReceivedMessage message : batch) {
            if (failed.contains(message.messageId())) {
                queue.changeVisibility(message.receiptHandle(), retryDelay);
            } else {
                queue.delete(message.receiptHandle());
            }
        }
        return batch.size();
    }

    static SQSEvent event(List<ReceivedMessage> batch) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>(batch.size());
        for (ReceivedMessage received : batch) {
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId(received.messageId());
            message.setReceiptHandle(received.receiptHandle());
            message.setBody(received.body());
            message.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(received.receiveCount())));
            message.setEventSource("aws:sqs");
            records.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static void sleep() {
        try {
            Thread.sleep(WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
