package dev.debtos.engine.analysis;

import dev.debtos.engine.duplication.CloneDetector;
import dev.debtos.engine.duplication.CloneGroup;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Clone detection running on a thread of its own while the stages after the duplication stage go on (dependencies,
 * history, the text index and every rule but the duplication rule need no clones). As a list it is the clone groups,
 * waiting for the detection on first use; {@link #millis()} is the detection's own wall time.
 */
final class PendingClones extends AbstractList<CloneGroup> {
    private final FutureTask<List<CloneGroup>> detection;
    private volatile long millis;

    private PendingClones(CloneDetector detector, Runnable done) {
        this.detection = new FutureTask<>(() -> {
            long start = System.nanoTime();
            List<CloneGroup> groups = detector.detect();
            millis = (System.nanoTime() - start) / 1_000_000;
            done.run();
            return groups;
        });
    }

    /** Starts detecting; {@code done} is called on the detection's thread when it has finished. */
    static PendingClones start(CloneDetector detector, Runnable done) {
        PendingClones pending = new PendingClones(detector, done);
        Thread.ofPlatform().name("clone-detection").daemon().start(pending.detection);
        return pending;
    }

    /** The clone groups, once the detection has finished. */
    List<CloneGroup> groups() {
        try {
            return detection.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the clone detection", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the clone detection failed", e.getCause());
        }
    }

    /** The detection's wall time; valid once {@link #groups()} has returned. */
    long millis() {
        return millis;
    }

    @Override
    public CloneGroup get(int index) {
        return groups().get(index);
    }

    @Override
    public int size() {
        return groups().size();
    }
}
