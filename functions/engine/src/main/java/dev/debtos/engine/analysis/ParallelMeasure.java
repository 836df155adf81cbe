package dev.debtos.engine.analysis;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.inventory.InventoryEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads, lexes and measures files on a fixed number of threads and hands each result to the caller in the
 * inventory's order, on the caller's thread. At most {@value #AHEAD_PER_THREAD} files per thread are measured ahead
 * of the caller, so a file's tokens live only until the caller has taken what it needs from them.
 */
final class ParallelMeasure {
    private static final int AHEAD_PER_THREAD = 32;

    private ParallelMeasure() {
    }

    static void run(List<InventoryEntry> entries, int threads, MeasurementCache cache, ProgressListener progress,
                    Consumer<MeasuredFile> inOrder) {
        AtomicLong done = new AtomicLong();
        int total = entries.size();
        int ahead = Math.max(1, threads) * AHEAD_PER_THREAD;
        progress.update("measure", 0, total);
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), Thread.ofPlatform().daemon().factory())) {
            Deque<Future<MeasuredFile>> pending = new ArrayDeque<>(ahead);
            int next = 0;
            while (next < total || !pending.isEmpty()) {
                while (next < total && pending.size() < ahead) {
                    InventoryEntry entry = entries.get(next++);
                    pending.add(pool.submit(() -> {
                        MeasuredFile file = MeasuredFile.of(entry, cache);
                        long count = done.incrementAndGet();
                        if (count % 64 == 0 || count == total) {
                            progress.update("measure", count, total);
                        }
                        return file;
                    }));
                }
                inOrder.accept(pending.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("measuring a file failed: " + e.getCause(), e.getCause());
        }
    }
}
