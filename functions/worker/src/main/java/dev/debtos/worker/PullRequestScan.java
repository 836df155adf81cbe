package dev.debtos.worker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.platform.scan.FileSnapshot;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStage;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.worker.checkout.Workspace;
import dev.debtos.worker.pr.CommentMarkdown;
import dev.debtos.worker.pr.PullRequestDiff;
import dev.debtos.worker.pr.PullRequestReport;
import dev.debtos.worker.pr.PullRequestSettings;
import dev.debtos.worker.pr.QualityGate;
import dev.debtos.worker.pr.RevisionFindings;
import dev.debtos.worker.pr.RevisionUnavailable;
import dev.debtos.worker.pr.feedback.PullRequestFeedback;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A pull-request scan (trigger {@code webhook_pr}), after the same claim as every scan: the head commit is checked
 * out and analysed, the base commit is taken from the latest ledger scan when that scanned it or else analysed too,
 * and the difference by fingerprint is the PR's result: added and removed findings, the hotspot delta and the
 * quality-gate verdict, stored under {@code pullRequest} in the scan's stats and reported to the provider (comment +
 * commit status) before the scan completes.
 *
 * <p>A PR scan <b>never touches the debt ledger</b> (debt_items, events, the repository's last scanned commit): the
 * ledger tracks the default branch, and a PR that is never merged must not open or resolve anything there. It writes
 * the head's file snapshots and completes the scan in one transaction, under the lease like every scan.
 */
final class PullRequestScan {
    static final String TRIGGER = "webhook_pr";
    private static final Logger LOG = LogManager.getLogger(PullRequestScan.class);

    static boolean handles(Scan scan) {
        return TRIGGER.equals(scan.trigger());
    }

    /** Runs the claimed PR scan to its completion; throws {@link NoLongerOurs} when it stopped being ours. */
    ScanOutcome run(ScanRun run) throws Exception {
        Scan scan = run.scan();
        if (scan.commitSha() == null || scan.baseSha() == null || scan.prNumber() == null) {
            throw new ScanRejected("a pull-request scan needs its head commit, base commit and number");
        }
        ScanPorts ports = run.ports();
        Repository repository = run.repository();
        run.step("head", ScanStatus.ANALYZING, ScanStage.HEAD, 5);
        AnalysisResult head;
        List<FileSnapshot> snapshots;
        try (Workspace tree = checkout(ports, repository, scan.branch(), scan.commitSha())) {
            head = ports.analyzer().analyzeRevision(run.scope(), tree.tree(), run.progress());
            snapshots = FileSnapshots.of(tree.tree(), head);
        }
        RevisionFindings base = base(run, repository);
        PullRequestDiff diff = PullRequestDiff.between(base, RevisionFindings.of(scan.commitSha(), head));
        PullRequestSettings settings = PullRequestSettings.parse(ports.stores().repositories().settingsJson(repository.id()));
        QualityGate.Verdict verdict = QualityGate.evaluate(diff.added(), settings.failOn());
        run.step("feedback", ScanStatus.ANALYZING, ScanStage.FEEDBACK, 92);
        boolean newest = ports.stores().scans().isNewestOfPullRequest(scan.id(), repository.id(), scan.prNumber());
        ObjectNode feedback = ports.pullRequests().feedback().publish(repository, settings, new PullRequestFeedback.Report(
                scan.prNumber(), scan.commitSha(), scan.id(), CommentMarkdown.render(scan.commitSha(), diff, verdict),
                !verdict.failed(), description(diff, verdict), newest)).toJson();
        run.time("ledger");
        ObjectNode stats = ScanStats.pullRequest(head, run);
        stats.set("pullRequest", PullRequestReport.toJson(scan.prNumber(), base, scan.commitSha(), diff, verdict, feedback));
        if (!ports.stores().results().commitPullRequest(scan.id(), run.owner(), snapshots, stats.toString())) {
            throw new NoLongerOurs();
        }
        LOG.info("PR scan completed: {} added, {} removed, gate {}", diff.added().size(), diff.removed().size(), verdict.status());
        ports.listener().analysed(scan.id(), head);
        return ScanOutcome.COMPLETED;
    }

    /** The base's findings: reused from the latest ledger scan when it scanned the base, else analysed now. */
    private static RevisionFindings base(ScanRun run, Repository repository) throws Exception {
        Scan scan = run.scan();
        ScanPorts ports = run.ports();
        Optional<RevisionFindings> reused = ports.stores().commitFindings().latestLedgerScanAt(repository.id(), scan.baseSha())
                .map(recorded -> RevisionFindings.reused(scan.baseSha(), recorded));
        if (reused.isPresent()) {
            return reused.get();
        }
        run.step("base", ScanStatus.ANALYZING, ScanStage.BASE, 50);
        // the base is on the branch the PR targets, which the scan does not record: the default branch
        try (Workspace tree = checkout(ports, repository, repository.defaultBranch(), scan.baseSha())) {
            return RevisionFindings.of(scan.baseSha(), ports.analyzer().analyzeRevision(run.scope(), tree.tree(), run.progress()));
        }
    }

    private static Workspace checkout(ScanPorts ports, Repository repository, String branch, String commit) throws Exception {
        try {
            return ports.pullRequests().revisions().checkout(repository, branch, commit);
        } catch (RevisionUnavailable e) {
            throw new ScanRejected(e.getMessage());
        }
    }

    private static String description(PullRequestDiff diff, QualityGate.Verdict verdict) {
        return verdict.failed() ? "Quality gate failed: " + verdict.reasons().getFirst()
                : "Quality gate passed: " + diff.added().size() + " findings added, " + diff.removed().size() + " removed";
    }
}
