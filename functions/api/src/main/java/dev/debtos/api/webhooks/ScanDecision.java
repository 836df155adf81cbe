package dev.debtos.api.webhooks;

import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.webhook.WebhookTargets.Target;
import java.util.List;
import java.util.Optional;

/**
 * Whether a verified push or pull request scans one connected repository, by its settings: a push only to the
 * default branch and with scanOnPush, a pull request with scanOnPr. A pull request without a base commit in its
 * payload (GitLab) is compared with the repository's last scanned commit when it targets the default branch, and
 * skipped otherwise: a PR scan without a base has nothing to report against.
 */
final class ScanDecision {
    private ScanDecision() {
    }

    static Optional<ScanStore.NewScan> forTarget(WebhookIntent intent, Target target, List<String> skipped) {
        return switch (intent) {
            case WebhookIntent.Push push -> {
                if (!push.branch().equals(target.defaultBranch())) {
                    skipped.add("push to " + push.branch() + ", not the default branch");
                    yield Optional.empty();
                }
                if (!target.scanOnPush()) {
                    skipped.add("scanOnPush is off");
                    yield Optional.empty();
                }
                yield Optional.of(new ScanStore.NewScan(target.repositoryId(), "webhook_push", push.branch(), push.commitSha(),
                        null, null, "standard", null));
            }
            case WebhookIntent.PullRequest pr -> {
                if (!target.scanOnPr()) {
                    skipped.add("scanOnPr is off");
                    yield Optional.empty();
                }
                String base = pr.baseSha() != null ? pr.baseSha()
                        : target.defaultBranch().equals(pr.targetBranch()) && WebhookIntent.isSha(target.lastScannedCommit())
                                ? target.lastScannedCommit() : null;
                if (base == null) {
                    skipped.add("no base commit known for the target branch");
                    yield Optional.empty();
                }
                yield Optional.of(new ScanStore.NewScan(target.repositoryId(), "webhook_pr", pr.headBranch(), pr.headSha(),
                        base, pr.number(), "standard", null));
            }
            default -> Optional.empty();
        };
    }
}
