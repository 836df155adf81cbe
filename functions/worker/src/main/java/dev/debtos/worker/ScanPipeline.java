package dev.debtos.worker;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.queue.ScanQueueProvisioner;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.checkout.Workspace;
import dev.debtos.worker.checkout.WorkspacePreparer;
import dev.debtos.worker.incremental.PreviousMeasurements;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.logging.log4j.CloseableThreadContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One scan, from its message to its ledger: claim the lease → analyzing (the engine on the repository's working
 * tree, progress on the scan row) → ledger (snapshots, debt items, events and completion in one transaction, see
 * {@link ScanResults}). Cancellation is honoured between stages, and a cancelled scan commits nothing. A
 * pull-request scan (trigger {@code webhook_pr}) goes to {@link PullRequestScan} instead and leaves the ledger alone.
 *
 * <p>The analysed tree comes from a {@link WorkspacePreparer} (status {@code cloning}): a remote repository's branch
 * cloned and its exact commit checked out, or a local repository's commit (local profile), in a temporary
 * workspace removed when the scan ends, whatever the outcome. A branch scan without a commit records the head it
 * resolved on the scan row. The analysis is incremental: files unchanged since the repository's last completed scan
 * (same path and blob id) reuse that scan's measurements; everything that spans files is recomputed, so the result
 * equals a full scan's.
 *
 * <p>Failures: a scan that cannot succeed is marked failed and its message acknowledged; any other failure gives
 * the lease back and is rethrown so the message is redelivered, and on its last allowed receive
 * ({@link ScanQueueProvisioner#MAX_RECEIVE_COUNT}) the scan is marked failed with its reason before the message
 * goes to the dead-letter queue.
 */
public final class ScanPipeline {
    private static final Logger LOG = LogManager.getLogger(ScanPipeline.class);

    private final ScanStore scans;
    private final RepositoryStore repositories;
    private final ScanResults results;
    private final ScanAnalyzer analyzer;
    private final WorkspacePreparer workspaces;
    private final ResolvedCommits commits;
    private final String owner;
    private final Duration lease;
    private final BiConsumer<UUID, AnalysisResult> onCompleted;
    private final PullRequestScan pullRequests;
    private final StageHook hook;

    /**
     * @param owner       this worker's lease owner id (unique per process)
     * @param onCompleted told after the results are committed (the CLI writes its reports from it)
     */
    public ScanPipeline(DataSource dataSource, ScanAnalyzer analyzer, Profile profile, String owner, Duration lease,
                        BiConsumer<UUID, AnalysisResult> onCompleted) {
        this(dataSource, analyzer, profile, owner, lease, onCompleted, PullRequestPorts.defaults(profile));
    }

    /** @param pullRequests how PR scans get their commits' working trees and report back to the provider */
    public ScanPipeline(DataSource dataSource, ScanAnalyzer analyzer, Profile profile, String owner, Duration lease,
                        BiConsumer<UUID, AnalysisResult> onCompleted, PullRequestPorts pullRequests) {
        this(dataSource, analyzer, WorkspacePreparer.defaults(profile), owner, lease, onCompleted, pullRequests, StageHook.NONE);
    }

    /** With a {@link StageHook}: failure-injection tests only. */
    ScanPipeline(DataSource dataSource, ScanAnalyzer analyzer, Profile profile, String owner, Duration lease,
                 BiConsumer<UUID, AnalysisResult> onCompleted, StageHook hook) {
        this(dataSource, analyzer, WorkspacePreparer.defaults(profile), owner, lease, onCompleted,
                PullRequestPorts.defaults(profile), hook);
    }

    /** @param workspaces where branch scans get the exact commit they analyse (clone or local checkout) */
    public ScanPipeline(DataSource dataSource, ScanAnalyzer analyzer, WorkspacePreparer workspaces, String owner,
                        Duration lease, BiConsumer<UUID, AnalysisResult> onCompleted) {
        this(dataSource, analyzer, workspaces, owner, lease, onCompleted, PullRequestPorts.defaults(workspaces.profile()),
                StageHook.NONE);
    }

    public ScanPipeline(DataSource dataSource, ScanAnalyzer analyzer, WorkspacePreparer workspaces, String owner,
                        Duration lease, BiConsumer<UUID, AnalysisResult> onCompleted, PullRequestPorts pullRequests) {
        this(dataSource, analyzer, workspaces, owner, lease, onCompleted, pullRequests, StageHook.NONE);
    }

    private ScanPipeline(DataSource dataSource, ScanAnalyzer analyzer, WorkspacePreparer workspaces, String owner,
                         Duration lease, BiConsumer<UUID, AnalysisResult> onCompleted, PullRequestPorts pullRequests,
                         StageHook hook) {
        this.hook = hook;
        this.scans = new ScanStore(dataSource);
        this.commits = new ResolvedCommits(dataSource);
        this.repositories = new RepositoryStore(dataSource);
        this.results = new ScanResults(dataSource, scans);
        this.analyzer = analyzer;
        this.workspaces = workspaces;
        this.owner = owner;
        this.lease = lease;
        this.onCompleted = onCompleted;
        this.pullRequests = new PullRequestScan(dataSource, analyzer, pullRequests, owner, lease);
    }

    /** Runs the scan for one delivery; throws when the delivery must be retried. */
    public ScanOutcome run(UUID scanId, int receiveCount) throws Exception {
        return run(scanId, receiveCount, timeout -> { });
    }

    /**
     * As above, with {@code keepMessage} told on every lease heartbeat to keep the delivery's message invisible for
     * the given time (the worker extends the SQS visibility timeout while the scan runs).
     */
    public ScanOutcome run(UUID scanId, int receiveCount, Consumer<Duration> keepMessage) throws Exception {
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
            Scan scan = scans.claim(scanId, owner, lease).orElse(null);
            if (scan == null) {
                return stopped(scanId);
            }
            try (LeaseHeartbeat heartbeat = LeaseHeartbeat.start(scans, scanId, owner, lease, keepMessage)) {
                hook.reached("claimed");
                return runClaimed(scan);
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

    private ScanOutcome runClaimed(Scan scan) throws Exception {
        if (PullRequestScan.handles(scan)) {
            Optional<AnalysisResult> head = pullRequests.run(scan);
            if (head.isEmpty()) {
                return stopped(scan.id());
            }
            onCompleted.accept(scan.id(), head.get());
            return ScanOutcome.COMPLETED;
        }
        long started = System.nanoTime();
        Repository repository = repositories.find(scan.repositoryId())
                .orElseThrow(() -> new ScanRejected("the scan's repository no longer exists"));
        if (!scans.advance(scan.id(), owner, "cloning", "checkout", 2, lease)) {
            return stopped(scan.id());
        }
        try (Workspace workspace = workspaces.prepare(repository, scan)) {
            if (scan.commitSha() == null && workspace.commit() != null) {
                commits.record(scan.id(), owner, workspace.commit());
            }
            return analyse(scan, workspace, started);
        }
    }

    private ScanOutcome analyse(Scan scan, Workspace workspace, long started) throws Exception {
        if (!scans.advance(scan.id(), owner, "analyzing", "inventory", 5, lease)) {
            return stopped(scan.id());
        }
        PreviousMeasurements previous = results.previous(scan.repositoryId());
        AnalysisResult result = analyzer.analyze(workspace.tree(), previous,
                new ProgressWriter(scans, scan.id(), owner, lease, hook));
        if (!scans.advance(scan.id(), owner, "analyzing", "ledger", 90, lease)) {
            return stopped(scan.id());
        }
        if (!results.commit(scan.id(), scan.repositoryId(), owner, workspace.tree(), result, previous, started, hook)) {
            return stopped(scan.id());
        }
        hook.reached("committed");
        LOG.info("Scan completed: {} files ({} reused unchanged), {} findings, {} files over the size cap skipped",
                result.files().size(), previous.reusedFiles(), result.findings().size(), workspace.skippedFiles());
        onCompleted.accept(scan.id(), result);
        return ScanOutcome.COMPLETED;
    }

    /** Why a scan stopped being ours: cancelled, finished by another delivery, or leased by another worker. */
    private ScanOutcome stopped(UUID scanId) throws Exception {
        Scan now = scans.find(scanId).orElse(null);
        if (now == null) {
            return ScanOutcome.FAILED;
        }
        return switch (now.status()) {
            case "cancelled" -> {
                LOG.info("Scan cancelled: stopped between stages");
                yield ScanOutcome.CANCELLED;
            }
            case "completed", "failed" -> ScanOutcome.ALREADY_FINISHED;
            default -> throw new LeaseLost("scan " + scanId + " is leased by another worker");
        };
    }
}
