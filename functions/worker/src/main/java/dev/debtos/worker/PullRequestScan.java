package dev.debtos.worker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.platform.scan.FileSnapshot;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.pr.CommentMarkdown;
import dev.debtos.worker.pr.PullRequestDiff;
import dev.debtos.worker.pr.PullRequestReport;
import dev.debtos.worker.pr.PullRequestSettings;
import dev.debtos.worker.pr.PullRequestStore;
import dev.debtos.worker.pr.QualityGate;
import dev.debtos.worker.pr.RevisionFindings;
import dev.debtos.worker.pr.RevisionUnavailable;
import dev.debtos.worker.pr.Workspace;
import dev.debtos.worker.pr.feedback.PullRequestFeedback;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A pull-request scan (trigger {@code webhook_pr}): the head commit is analysed, the base commit is taken from the
 * latest ledger scan when that scanned it or else analysed too, and the difference by fingerprint is the PR's result:
 * added and removed findings, the hotspot delta and the quality-gate verdict, stored under {@code pullRequest} in the
 * scan's stats and reported to the provider (comment + commit status) before the scan completes.
 *
 * <p>A PR scan <b>never touches the debt ledger</b> (debt_items, events, the repository's last scanned commit): the
 * ledger tracks the default branch, and a PR that is never merged must not open or resolve anything there. It writes
 * the head's file snapshots and completes the scan in one transaction, under the lease like every scan.
 */
final class PullRequestScan {
    static final String TRIGGER = "webhook_pr";
    private static final Logger LOG = LogManager.getLogger(PullRequestScan.class);

    private final ScanStore scans;
    private final PullRequestResults results;
    private final RepositoryStore repositories;
    private final PullRequestStore store;
    private final ScanAnalyzer analyzer;
    private final PullRequestPorts ports;
    private final String owner;
    private final Duration lease;

    PullRequestScan(DataSource dataSource, ScanAnalyzer analyzer, PullRequestPorts ports, String owner, Duration lease) {
        this.scans = new ScanStore(dataSource);
        this.results = new PullRequestResults(dataSource, scans);
        this.repositories = new RepositoryStore(dataSource);
        this.store = new PullRequestStore(dataSource);
        this.analyzer = analyzer;
        this.ports = ports;
        this.owner = owner;
        this.lease = lease;
    }

    static boolean handles(Scan scan) {
        return TRIGGER.equals(scan.trigger());
    }

    /** Runs the claimed PR scan; the head's analysis when it completed, empty when the scan stopped being ours. */
    Optional<AnalysisResult> run(Scan scan) throws Exception {
        long started = System.nanoTime();
        if (scan.commitSha() == null || scan.baseSha() == null || scan.prNumber() == null) {
            throw new ScanRejected("a pull-request scan needs its head commit, base commit and number");
        }
        Repository repository = repositories.find(scan.repositoryId())
                .orElseThrow(() -> new ScanRejected("the scan's repository no longer exists"));
        if (!scans.advance(scan.id(), owner, "analyzing", "head", 5, lease)) {
            return Optional.empty();
        }
        AnalysisResult head;
        List<FileSnapshot> snapshots;
        try (Workspace tree = checkout(repository, scan.commitSha())) {
            head = analyzer.analyze(tree.root(), new ProgressWriter(scans, scan.id(), owner, lease));
            snapshots = ScanResults.snapshots(tree.root(), head);
        }
        Optional<RevisionFindings> base = base(scan, repository);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        RevisionFindings headFindings = RevisionFindings.of(scan.commitSha(), head);
        PullRequestDiff diff = PullRequestDiff.between(base.get(), headFindings);
        PullRequestSettings settings = store.settings(repository.id());
        QualityGate.Verdict verdict = QualityGate.evaluate(diff.added(), settings.failOn());
        if (!scans.advance(scan.id(), owner, "analyzing", "feedback", 92, lease)) {
            return Optional.empty();
        }
        ObjectNode feedback = ports.feedback().publish(repository, settings, new PullRequestFeedback.Report(scan.prNumber(),
                scan.commitSha(), scan.id(), CommentMarkdown.render(scan.commitSha(), diff, verdict), !verdict.failed(),
                description(diff, verdict), store.isNewest(scan.id(), repository.id(), scan.prNumber()))).toJson();
        ObjectNode stats = PullRequestResults.stats(head, (System.nanoTime() - started) / 1_000_000);
        stats.set("pullRequest", PullRequestReport.toJson(scan.prNumber(), base.get(), scan.commitSha(), diff, verdict, feedback));
        if (!results.commit(scan.id(), owner, snapshots, stats)) {
            return Optional.empty();
        }
        LOG.info("PR scan completed: {} added, {} removed, gate {}", diff.added().size(), diff.removed().size(), verdict.status());
        return Optional.of(head);
    }

    /** The base's findings: reused from the latest ledger scan when it scanned the base, else analysed now. */
    private Optional<RevisionFindings> base(Scan scan, Repository repository) throws Exception {
        Optional<RevisionFindings> reused = store.reusableBase(repository.id(), scan.baseSha());
        if (reused.isPresent()) {
            return reused;
        }
        if (!scans.advance(scan.id(), owner, "analyzing", "base", 50, lease)) {
            return Optional.empty();
        }
        try (Workspace tree = checkout(repository, scan.baseSha())) {
            return Optional.of(RevisionFindings.of(scan.baseSha(),
                    analyzer.analyze(tree.root(), new ProgressWriter(scans, scan.id(), owner, lease))));
        }
    }

    private Workspace checkout(Repository repository, String commit) throws Exception {
        try {
            return ports.revisions().checkout(repository, commit);
        } catch (RevisionUnavailable e) {
            throw new ScanRejected(e.getMessage());
        }
    }

    private static String description(PullRequestDiff diff, QualityGate.Verdict verdict) {
        return verdict.failed() ? "Quality gate failed: " + verdict.reasons().getFirst()
                : "Quality gate passed: " + diff.added().size() + " findings added, " + diff.removed().size() + " removed";
    }
}
