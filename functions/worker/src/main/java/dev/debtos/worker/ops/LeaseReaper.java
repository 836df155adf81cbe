package dev.debtos.worker.ops;

import dev.debtos.platform.embeddings.EmbeddingBatchStore;
import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.queue.ScanQueue;
import dev.debtos.platform.queue.ScanQueueProvisioner;
import dev.debtos.platform.scan.StuckScans;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The expired-lease reaper: re-queues active scans nobody runs (their worker died, or their message never left the
 * trigger) with a new message carrying the scan id, and marks failed those past the attempt limit
 * ({@link ScanQueueProvisioner#MAX_RECEIVE_COUNT}) with their last reason. See {@link StuckScans} for the rules.
 * Safe to run concurrently and repeatedly: the rows are claimed with SKIP LOCKED, and a re-queued scan is sent again
 * only after another {@code grace}. A send that fails leaves the scan re-queued; the next run after grace sends it.
 * It also drops the embedding batches still pending past their deadline (their message lost or dead-lettered), so
 * their scans say their embeddings are incomplete.
 */
public final class LeaseReaper {
    /** How long a scan may wait unclaimed before it is considered lost; beyond any queue backlog we expect. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);
    /** How often the reaper runs (EventBridge in AWS, the local scheduler): with the lease, bounds crash recovery. */
    public static final Duration PERIOD = Duration.ofMinutes(1);
    private static final Logger LOG = LogManager.getLogger(LeaseReaper.class);

    private final StuckScans stuck;
    private final ScanQueue queue;
    private final Duration grace;
    private final EmbeddingBatchStore embeddingBatches;

    public LeaseReaper(StuckScans stuck, ScanQueue queue, Duration grace) {
        this(stuck, queue, grace, null);
    }

    /** @param embeddingBatches where expired embedding batches are dropped; null: none are */
    public LeaseReaper(StuckScans stuck, ScanQueue queue, Duration grace, EmbeddingBatchStore embeddingBatches) {
        this.stuck = stuck;
        this.queue = queue;
        this.grace = grace;
        this.embeddingBatches = embeddingBatches;
    }

    public StuckScans.Reaped run() throws SQLException {
        StuckScans.Reaped reaped = stuck.reap(grace, ScanQueueProvisioner.MAX_RECEIVE_COUNT);
        for (UUID scanId : reaped.requeued()) {
            queue.send(new ScanMessage(scanId));
        }
        if (!reaped.requeued().isEmpty() || !reaped.failed().isEmpty()) {
            LOG.info("Lease reaper: {} scan(s) re-queued, {} marked failed", reaped.requeued().size(), reaped.failed().size());
        }
        if (embeddingBatches != null) {
            int dropped = embeddingBatches.dropExpired(Instant.now());
            if (dropped > 0) {
                LOG.info("Lease reaper: {} embedding batch(es) dropped past their deadline", dropped);
            }
        }
        return reaped;
    }
}
