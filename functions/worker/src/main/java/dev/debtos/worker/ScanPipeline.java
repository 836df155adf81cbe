package dev.debtos.worker;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.platform.queue.ScanQueueProvisioner;
import dev.debtos.platform.scan.FileSnapshot;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanResultStore;
import dev.debtos.platform.scan.ScanStage;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.checkout.Workspace;
import dev.debtos.worker.incremental.MeasurementCodec;
import dev.debtos.worker.incremental.PreviousMeasurements;
import dev.debtos.worker.incremental.ReuseKey;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.logging.log4j.CloseableThreadContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One scan, from its message to its ledger, in steps: claim the lease → check out (status {@code cloning}: the
 * repository's commit in a private workspace) → record the resolved commit → reuse an earlier scan of the same tree
 * whole, or else the measurements of its unchanged files → analyse (status {@code analyzing}: the engine, progress on
 * the scan row) → persist (snapshots, ledger, events and the completion in one transaction, see
 * {@link ScanResultStore}) → complete (tell the listener). Cancellation is honoured between steps, and a cancelled scan
 * commits nothing. A pull-request scan (trigger {@code webhook_pr}) goes through {@link PullRequestScan} after the
 * claim and leaves the ledger alone.
 *
 * <p>Failures: a scan that cannot succeed ({@link ScanRejected}) is marked failed and its message acknowledged; any
 * other failure gives the lease back and is rethrown so the message is redelivered, and on its last allowed receive
 * ({@link ScanQueueProvisioner#MAX_RECEIVE_COUNT}) the scan is marked failed with its reason before the message
 * goes to the dead-letter queue.
 */
public final class ScanPipeline {
    private static final Logger LOG = LogManager.getLogger(ScanPipeline.class);

    private final ScanPorts ports;
    private final ScanStore scans;
    private final PullRequestScan pullRequests;

    public ScanPipeline(ScanPorts ports) {
        this.ports = ports;
        this.scans = ports.stores().scans();
        this.pullRequests = new PullRequestScan();
    }

    /** Runs the scan for one delivery; throws when the delivery must be retried. */
    public ScanOutcome run(UUID scanId, int receiveCount) throws Exception {
        return run(scanId, receiveCount, null);
    }

    /**
     * As above for a delivery whose message the lease heartbeat keeps invisible while the scan runs
     * ({@link ScanPorts#visibility()}; no receipt handle: nothing to extend).
     */
    public ScanOutcome run(UUID scanId, int receiveCount, String receiptHandle) throws Exception {
        try (var context = CloseableThreadContext.put("scanId", scanId.toString())) {
            Optional<Scan> found = scans.find(scanId);
            if (found.isEmpty()) {
                LOG.warn("Scan message for an unknown scan acknowledged");
                return ScanOutcome.FAILED;
            }
            if (found.get().isFinal()) {
                LOG.info("Scan already {}: duplicate delivery acknowledged", found.get().status());
                return ScanOutcome.ALREADY_FINISHED;
            }
            String owner = ports.lease().owner();
            Duration lease = ports.lease().duration();
            Scan scan = scans.claim(scanId, owner, lease).orElse(null);
            if (scan == null) {
                return stopped(scanId);
            }
            try (LeaseHeartbeat heartbeat = LeaseHeartbeat.start(scans, scanId, owner, lease, keepMessage(receiptHandle))) {
                ports.hook().reached("claimed");
                return runClaimed(new ScanRun(scan, ports));
            } catch (NoLongerOurs e) {
                return stopped(scanId);
            } catch (ScanRejected e) {
                LOG.warn("Scan failed: {}", e.getMessage());
                scans.fail(scanId, e.getMessage());
                return ScanOutcome.FAILED;
            } catch (LeaseLost e) {
                throw e;
            } catch (Exception e) {
                String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                if (receiveCount >= ScanQueueProvisioner.MAX_RECEIVE_COUNT) {
                    LOG.error("Scan failed on its last attempt: {}", reason);
                    scans.fail(scanId, reason);
                } else {
                    LOG.warn("Scan attempt {} failed, will retry: {}", receiveCount, reason);
                    scans.release(scanId, owner, reason);
                }
                throw e;
            }
        }
    }

    /** The steps of a claimed scan, in order. */
    private ScanOutcome runClaimed(ScanRun run) throws Exception {
        if (PullRequestScan.handles(run.scan())) {
            return pullRequests.run(run);
        }
        try (Workspace workspace = checkOut(run)) {
            resolveCommit(run, workspace);
            ReuseKey key = reuseKey(run, workspace);
            if (EarlierScanReuse.reuse(run, workspace, key)) {
                applyFeedbackMemory(run);
                return ScanOutcome.COMPLETED;
            }
            PreviousMeasurements previous = reuseEarlierMeasurements(run);
            AnalysisResult result = analyse(run, workspace, previous);
            persist(run, workspace, result, previous, key);
            refreshEmbeddingProgress(run);
            applyFeedbackMemory(run);
            complete(run, workspace, result, previous);
        }
        return ScanOutcome.COMPLETED;
    }

    /** The repository's commit in a private workspace, its files not written yet. */
    private Workspace checkOut(ScanRun run) throws Exception {
        run.step("checkout", ScanStatus.CLONING, ScanStage.CHECKOUT, 2);
        return ports.workspaces().prepare(run.repository(), run.scan());
    }

    /** A branch scan requested without a commit records the head it resolved on its row. */
    private void resolveCommit(ScanRun run, Workspace workspace) throws Exception {
        if (run.scan().commitSha() == null && workspace.commit() != null
                && !scans.recordCommit(run.id(), run.owner(), workspace.commit())) {
            LOG.info("Scanned commit not recorded on the scan: another active scan has it");
        }
    }

    private ReuseKey reuseKey(ScanRun run, Workspace workspace) {
        return workspace.treeId() == null ? null
                : ReuseKey.of(workspace.treeId(), run.scan().depth(), ports.workspaces().limits().maxFileBytes(),
                        ports.analyzer().settingsKey(run.scope()));
    }

    /** The measurements of the repository's last scan, for its files that did not change. */
    private PreviousMeasurements reuseEarlierMeasurements(ScanRun run) throws Exception {
        run.time("reuse");
        return new PreviousMeasurements(ports.stores().measurements().latest(run.scan().repositoryId(), MeasurementCodec.ENGINE));
    }

    private AnalysisResult analyse(ScanRun run, Workspace workspace, PreviousMeasurements previous) throws Exception {
        run.time("checkout");
        workspace.checkOut();
        run.step("analysis", ScanStatus.ANALYZING, ScanStage.INVENTORY, 5);
        return ports.analyzer().analyze(run.scope(), workspace.tree(), previous, run.progress());
    }

    /** Snapshots, ledger and completion in one transaction. */
    private void persist(ScanRun run, Workspace workspace, AnalysisResult result, PreviousMeasurements previous,
                         ReuseKey key) throws Exception {
        run.step("ledger", ScanStatus.ANALYZING, ScanStage.LEDGER, 90);
        List<FileSnapshot> files = FileSnapshots.of(workspace.tree(), result, previous.measuredFiles());
        var analysed = new ScanResultStore.Analysed(run.id(), run.scan().repositoryId(), run.owner(), result.commit(), files,
                result.findings(), result.suppressed());
        if (!ports.stores().results().commitAnalysed(analysed,
                counts -> ScanStats.analysed(result, counts, previous, key, run).toString(),
                () -> {
                    ports.hook().reached("ledger");
                    ports.listener().analysed(run.id(), result);
                })) {
            throw new NoLongerOurs();
        }
    }

    /**
     * The commit wrote the embed stage's dispatch-time figures; batches the embedding worker finished meanwhile are
     * counted again. A failure is logged: the next finished batch refreshes them.
     */
    private void refreshEmbeddingProgress(ScanRun run) {
        try {
            ports.stores().embeddingProgress().refresh(run.id());
        } catch (SQLException e) {
            LOG.warn("Embedding progress not refreshed; the next finished batch does: {}", e.getMessage());
        }
    }

    /**
     * Look-alikes of items marked invalid become suppressed, and items whose memory was forgotten open again. After the
     * commit: the scan is complete either way, so a failure here is logged and the next scan applies the memory.
     */
    private void applyFeedbackMemory(ScanRun run) {
        try {
            var applied = ports.stores().feedbackMemory().apply(run.scan().repositoryId(), run.id());
            if (applied.suppressed() + applied.unsuppressed() > 0) {
                LOG.info("Feedback memory: {} items suppressed as look-alikes of invalid ones, {} no longer", applied.suppressed(),
                        applied.unsuppressed());
            }
        } catch (SQLException e) {
            LOG.warn("Feedback memory not applied; the next scan applies it: {}", e.getMessage());
        }
    }

    private void complete(ScanRun run, Workspace workspace, AnalysisResult result, PreviousMeasurements previous)
            throws Exception {
        ports.hook().reached("committed");
        LOG.info("Scan completed: {} files ({} reused unchanged), {} findings, {} files over the size cap skipped",
                result.files().size(), previous.reusedFiles(), result.findings().size(), workspace.skippedFiles());
    }

    private Consumer<Duration> keepMessage(String receiptHandle) {
        return receiptHandle == null ? timeout -> { } : timeout -> ports.visibility().extend(receiptHandle, timeout);
    }

    /** Why a scan stopped being ours: cancelled, finished by another delivery, or leased by another worker. */
    private ScanOutcome stopped(UUID scanId) throws Exception {
        Scan now = scans.find(scanId).orElse(null);
        if (now == null) {
            return ScanOutcome.FAILED;
        }
        return switch (now.status()) {
            case CANCELLED -> {
                LOG.info("Scan cancelled: stopped between stages");
                yield ScanOutcome.CANCELLED;
            }
            case COMPLETED, FAILED -> ScanOutcome.ALREADY_FINISHED;
            default -> throw new LeaseLost("scan " + scanId + " is leased by another worker");
        };
    }
}
