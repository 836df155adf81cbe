package dev.debtos.worker;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.queue.ScanQueueProvisioner;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
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
 * <p>This slice scans <b>local working trees only</b> (provider {@code local}, {@code file://} clone URL) and only
 * on the local profile. Cloning remote repositories (allow-listed hosts, SSRF checks after DNS resolution, size and
 * time caps, exact branch and commit) is a later slice; until then such a scan is marked failed with that reason.
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
    private final Profile profile;
    private final String owner;
    private final Duration lease;
    private final BiConsumer<UUID, AnalysisResult> onCompleted;
    private final PullRequestScan pullRequests;

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
        this.scans = new ScanStore(dataSource);
        this.repositories = new RepositoryStore(dataSource);
        this.results = new ScanResults(dataSource, scans);
        this.analyzer = analyzer;
        this.profile = profile;
        this.owner = owner;
        this.lease = lease;
        this.onCompleted = onCompleted;
        this.pullRequests = new PullRequestScan(dataSource, analyzer, pullRequests, owner, lease);
    }

    /** Runs the scan for one delivery; throws when the delivery must be retried. */
    public ScanOutcome run(UUID scanId, int receiveCount) throws Exception {
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
            try {
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
        Path root = workingTree(scan);
        if (!scans.advance(scan.id(), owner, "analyzing", "inventory", 5, lease)) {
            return stopped(scan.id());
        }
        AnalysisResult result = analyzer.analyze(root, new ProgressWriter(scans, scan.id(), owner, lease));
        if (!scans.advance(scan.id(), owner, "analyzing", "ledger", 90, lease)) {
            return stopped(scan.id());
        }
        if (!results.commit(scan.id(), scan.repositoryId(), owner, root, result, started)) {
            return stopped(scan.id());
        }
        LOG.info("Scan completed: {} files, {} findings", result.files().size(), result.findings().size());
        onCompleted.accept(scan.id(), result);
        return ScanOutcome.COMPLETED;
    }

    private Path workingTree(Scan scan) throws Exception {
        Repository repository = repositories.find(scan.repositoryId())
                .orElseThrow(() -> new ScanRejected("the scan's repository no longer exists"));
        Optional<Path> local = repository.localPath();
        if (local.isEmpty()) {
            throw new ScanRejected("cloning remote repositories is not available yet: only local working trees are scanned");
        }
        if (profile != Profile.LOCAL) {
            throw new ScanRejected("local working trees are scanned only on the local profile");
        }
        if (!Files.isDirectory(local.get())) {
            throw new ScanRejected("the repository's directory does not exist any more");
        }
        return local.get();
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
