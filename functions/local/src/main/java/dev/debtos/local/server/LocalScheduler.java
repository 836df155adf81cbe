package dev.debtos.local.server;

import dev.debtos.platform.queue.ScanQueue;
import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.scan.StuckScans;
import dev.debtos.platform.schedule.ScheduleStore;
import dev.debtos.worker.ops.LeaseReaper;
import dev.debtos.worker.ops.ScheduledScans;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What the EventBridge schedules do in AWS, for the local profile: once a {@code period} (a minute), the
 * expired-lease reaper and then the scheduled scans, on a daemon thread. A failed tick is logged and the next one
 * runs as usual. The first tick waits one period, so starting the runtime never waits on the queue.
 */
public final class LocalScheduler implements AutoCloseable {
    public static final Duration PERIOD = LeaseReaper.PERIOD;
    private static final Logger LOG = LogManager.getLogger(LocalScheduler.class);

    private final DataSource dataSource;
    private final Supplier<? extends ScanQueue> queue;
    private ScheduledExecutorService timer;

    public LocalScheduler(DataSource dataSource, Supplier<? extends ScanQueue> queue) {
        this.dataSource = dataSource;
        this.queue = queue;
    }

    public synchronized LocalScheduler start(Duration period) {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("local-scheduler").daemon().factory());
        timer.scheduleWithFixedDelay(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One run of both jobs; never throws. */
    public void tick() {
        try {
            new LeaseReaper(new StuckScans(dataSource), queue.get(), LeaseReaper.DEFAULT_GRACE,
                    new dev.debtos.platform.embeddings.EmbeddingBatchStore(dataSource)).run();
        } catch (Exception e) {
            LOG.warn("Lease reaper failed: {}", e.getClass().getSimpleName());
        }
        try {
            new ScheduledScans(new ScheduleStore(dataSource), new ScanRequests(new ScanStore(dataSource), queue.get())).run();
        } catch (Exception e) {
            LOG.warn("Scheduled scans failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
