package dev.debtos.api.scans;

import dev.debtos.api.contract.Schema;
import dev.debtos.platform.ledger.DebtVocabulary;
import java.util.List;

/**
 * The result a pull-request scan stores under {@code stats.pullRequest} (the worker's {@code PullRequestReport};
 * its README has an example): what the change adds and removes compared with its base, by fingerprint, the
 * hotspots it heats up, the quality gate's verdict and what was reported back to the provider.
 */
final class PullRequestJson {
    private static final Schema SEVERITY = Schema.oneOf(DebtVocabulary.SEVERITIES);
    private static final Schema FINDING = Schema.object()
            .required("fingerprint", Schema.string())
            .required("ruleKey", Schema.string())
            .required("type", Schema.string())
            .required("severity", SEVERITY)
            .required("path", Schema.string().describe("Empty for a repository-wide finding"))
            .required("line", Schema.integer().describe("0 for a repository-wide finding"))
            .required("endLine", Schema.integer())
            .required("message", Schema.string())
            .named("PullRequestFinding");
    private static final Schema COUNTS = Schema.mapOf(Schema.integer()).describe("Findings per severity, every severity present");
    static final Schema SCHEMA = Schema.openObject()
            .required("number", Schema.integer().describe("The pull or merge request's number"))
            .required("base", Schema.string().describe("The base commit compared against"))
            .required("head", Schema.string().describe("The head commit scanned"))
            .required("baseSource", Schema.string().describe("How the base's findings were found (reused: an earlier scan)"))
            .required("added", Schema.arrayOf(FINDING).describe("At most 200, most severe first; addedCount is complete"))
            .required("addedCount", Schema.integer())
            .required("removed", Schema.arrayOf(FINDING).describe("At most 200; removedCount is complete"))
            .required("removedCount", Schema.integer())
            .required("addedBySeverity", COUNTS)
            .required("removedBySeverity", COUNTS)
            .required("hotspotDelta", Schema.arrayOf(Schema.object()
                    .required("path", Schema.string())
                    .required("before", Schema.number())
                    .required("after", Schema.number())).describe("Files whose hotspot score rose, at most 50"))
            .required("gate", Schema.object()
                    .required("status", Schema.oneOf(List.of("passed", "failed")))
                    .required("failOn", SEVERITY)
                    .required("reasons", Schema.arrayOf(Schema.string())))
            .required("feedback", Schema.openObject().describe("The PR comment and commit status: posted, skipped, disabled or failed"))
            .describe("Pull-request scans only")
            .named("PullRequestResult");

    private PullRequestJson() {
    }
}
