package dev.debtos.worker;

import dev.debtos.engine.ProgressListener;
import dev.debtos.platform.scan.ScanStage;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes the engine's progress to the scan row (stage = the engine's stage name, progress 5..90 across its seven
 * stages), at most every {@value #MIN_INTERVAL_MILLIS} ms; each write also extends the lease (the heartbeat of a
 * running analysis). Never throws: a failed write is logged and the analysis goes on.
 */
final class ProgressWriter implements ProgressListener {
    private static final Logger LOG = LogManager.getLogger(ProgressWriter.class);
    private static final int ENGINE_STAGES = 7;
    private static final long MIN_INTERVAL_MILLIS = 250;

    private final ScanStore scans;
    private final UUID scanId;
    private final String owner;
    private final Duration lease;
    private final Set<String> stages = new LinkedHashSet<>();
    private long lastWrite;
    private String lastStage;
    private final StageHook hook;

    ProgressWriter(ScanStore scans, UUID scanId, String owner, Duration lease, StageHook hook) {
        this.hook = hook;
        this.scans = scans;
        this.scanId = scanId;
        this.owner = owner;
        this.lease = lease;
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        if (stages.add(stage)) {
            reached(stage);
        }
        long now = System.nanoTime() / 1_000_000;
        if (stage.equals(lastStage) && now - lastWrite < MIN_INTERVAL_MILLIS) {
            return;
        }
        lastStage = stage;
        lastWrite = now;
        double fraction = total > 0 ? Math.min(1.0, (double) done / total) : 0;
        int progress = (int) Math.min(90, 5 + 85 * (stages.size() - 1 + fraction) / ENGINE_STAGES);
        try {
            // the LLM review shows as the scan state machine's own status while it runs
            ScanStatus status = ScanStage.fromKey(stage) == ScanStage.LLM ? ScanStatus.LLM : ScanStatus.ANALYZING;
            scans.advance(scanId, owner, status, ScanStage.fromKey(stage), progress, lease);
        } catch (Exception e) {
            LOG.warn("Scan progress not saved: {}", e.getClass().getSimpleName());
        }
    }

    /** A failure the test hook injects at the start of an engine stage propagates through the engine. */
    private void reached(String stage) {
        try {
            hook.reached(stage);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
