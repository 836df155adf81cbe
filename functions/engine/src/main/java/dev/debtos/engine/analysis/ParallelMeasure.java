package dev.debtos.engine.analysis;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.inventory.InventoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Reads, lexes and measures files on a fixed number of threads, keeping the inventory's order. */
final class ParallelMeasure {

    private ParallelMeasure() {
    }

    static List<MeasuredFile> run(List<InventoryEntry> entries, int threads, MeasurementCache cache, ProgressListener progress) {
        AtomicLong done = new AtomicLong();
        int total = entries.size();
        progress.update("measure", 0, total);
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), Thread.ofPlatform().daemon().factory())) {
            List<Future<MeasuredFile>> futures = new ArrayList<>(total);
            for (InventoryEntry entry : entries) {
                futures.add(pool.submit(() -> {
                    MeasuredFile file = MeasuredFile.of(entry, cache);
                    long count = done.incrementAndGet();
                    if (count % 64 == 0 || count == total) {
                        progress.update("measure", count, total);
                    }
                    return file;
                }));
            }
            List<MeasuredFile> results = new ArrayList<>(total);
            for (Future<MeasuredFile> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("measuring a file failed: " + e.getCause(), e.getCause());
        }
    }
}
