package dev.debtos.worker;

import dev.debtos.platform.queue.QueueStatus;
import dev.debtos.platform.queue.ReceivedMessage;
import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.queue.ScanQueue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A queue that records what was sent (the reaper's and the scheduler's output) and delivers nothing. */
public final class RecordingQueue implements ScanQueue {
    public final List<ScanMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public String send(ScanMessage message) {
        sent.add(message);
        return "msg-" + sent.size();
    }

    @Override
    public List<ReceivedMessage> receive(int max, Duration wait) {
        return List.of();
    }

    @Override
    public void delete(String receiptHandle) {
    }

    @Override
    public void changeVisibility(String receiptHandle, Duration timeout) {
    }

    @Override
    public QueueStatus status() {
        return new QueueStatus(sent.size(), 0, 0, 0);
    }
}
