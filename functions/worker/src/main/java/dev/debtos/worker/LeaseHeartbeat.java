package dev.debtos.worker;

import dev.debtos.platform.scan.ScanStore;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * While a scan runs, extends its lease (and, through {@code keepMessage}, the SQS message's visibility) every
 * lease/3 on a virtual thread, so a long quiet stage (a clone, a big rule pass) never lets the lease expire under a
 * live worker, while a dead worker's lease expires within one lease and the reaper re-queues the scan. Closing it
 * (try-with-resources around the run, so on every exit path) stops the beats before the caller returns.
 */
final class LeaseHeartbeat implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(LeaseHeartbeat.class);

    private final ScheduledExecutorService timer;

    private LeaseHeartbeat(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static LeaseHeartbeat start(ScanStore scans, UUID scanId, String owner, Duration lease, Consumer<Duration> keepMessage) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("lease-heartbeat-" + scanId).factory());
        long period = Math.max(1, lease.toMillis() / 3);
        timer.scheduleAtFixedRate(() -> beat(scans, scanId, owner, lease, keepMessage), period, period, TimeUnit.MILLISECONDS);
        return new LeaseHeartbeat(timer);
    }

    /** One beat; never throws (a throwing task would cancel every later beat). */
    private static void beat(ScanStore scans, UUID scanId, String owner, Duration lease, Consumer<Duration> keepMessage) {
        try {
            if (!scans.heartbeat(scanId, owner, lease)) {
                LOG.info("Lease heartbeat: the scan is no longer ours (cancelled, finished or taken over)");
                return;
            }
            keepMessage.accept(lease);
        } catch (Exception e) {
            LOG.warn("Lease heartbeat failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Lease heartbeat did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
