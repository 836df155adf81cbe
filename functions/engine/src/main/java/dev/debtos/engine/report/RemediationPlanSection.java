package dev.debtos.engine.report;

import dev.debtos.engine.analysis.DebtScore;
import dev.debtos.engine.findings.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The remediation plan's three buckets: what to fix now, what to plan for, what can wait. */
final class RemediationPlanSection implements HtmlSection {

    static final int ITEMS_SHOWN = 5;

    private record Bucket(String name, String advice, List<Finding> findings) {

        long minutes() {
            return findings.stream().mapToLong(Finding::remediationMinutes).sum();
        }
    }

    private final List<Bucket> buckets;

    RemediationPlanSection(DebtScore score, List<Finding> findings) {
        Map<String, Finding> byFingerprint = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.fingerprint() != null) {
                byFingerprint.putIfAbsent(finding.fingerprint(), finding);
            }
        }
        this.buckets = score == null ? List.of() : List.of(
                new Bucket("Quick wins", "High priority and cheap: fix these in the next sprint.",
                        resolve(score.quickWins(), byFingerprint)),
                new Bucket("Strategic", "High priority but expensive: plan them as work of their own.",
                        resolve(score.strategic(), byFingerprint)),
                new Bucket("Deferrable", "Low interest: fix them when you are in that code anyway.",
                        resolve(score.deferrable(), byFingerprint)));
    }

    private static List<Finding> resolve(List<String> fingerprints, Map<String, Finding> byFingerprint) {
        return fingerprints == null ? List.of()
                : fingerprints.stream().map(byFingerprint::get).filter(Objects::nonNull).toList();
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public String title() {
        return "Remediation plan";
    }

    @Override
    public String lead() {
        return "Findings sorted into three buckets by priority and cost.";
    }

    @Override
    public void appendBody(Html html) {
        if (buckets.isEmpty()) {
            html.element("p", "No debt score was computed for this analysis.", "class", "empty");
            return;
        }
        html.open("div", "class", "grid-3");
        for (Bucket bucket : buckets) {
            html.open("section", "class", "panel bucket", "aria-label", bucket.name());
            html.element("h3", bucket.name());
            html.open("p", "class", "bucket-figures");
            html.element("strong", Html.count(bucket.findings().size()));
            html.text(bucket.findings().size() == 1 ? " finding · " : " findings · ");
            html.element("strong", EffortFormat.of(bucket.minutes()));
            html.close("p");
            html.element("p", bucket.advice(), "class", "muted");
            html.open("ol", "class", "bucket-items");
            for (Finding finding : bucket.findings().stream().limit(ITEMS_SHOWN).toList()) {
                html.open("li");
                SeverityPill.appendTo(html, finding.severity());
                html.text(" " + finding.message() + " ");
                html.element("span", EffortFormat.of(finding.remediationMinutes()), "class", "effort");
                LocationText.appendTo(html, finding.path(), finding.startLine(), finding.endLine());
                html.close("li");
            }
            html.close("ol");
            html.close("section");
        }
        html.close("div");
    }
}
