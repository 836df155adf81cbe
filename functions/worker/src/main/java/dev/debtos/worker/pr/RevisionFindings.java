package dev.debtos.worker.pr;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.platform.ledger.CommitFindings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One side of a PR comparison: the findings of a commit by fingerprint, and its files' hotspot scores (0..1).
 *
 * @param source {@code analysed} when this scan analysed the commit, {@code reused} when taken from a completed scan
 */
public record RevisionFindings(String commit, Map<String, FindingView> findings, Map<String, Double> hotspots,
                               String source) {
    public static final String ANALYSED = "analysed";
    public static final String REUSED = "reused";

    public static RevisionFindings of(String commit, AnalysisResult result) {
        Map<String, FindingView> findings = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            findings.putIfAbsent(finding.fingerprint(), FindingView.of(finding));
        }
        Map<String, Double> hotspots = new LinkedHashMap<>();
        for (Hotspot hotspot : result.hotspots()) {
            hotspots.put(hotspot.path(), hotspot.score());
        }
        return new RevisionFindings(commit, findings, hotspots, ANALYSED);
    }

    /** What a completed scan of the commit recorded in the ledger and its snapshots. */
    public static RevisionFindings reused(String commit, CommitFindings.Recorded recorded) {
        Map<String, FindingView> findings = new LinkedHashMap<>();
        for (CommitFindings.Item item : recorded.items()) {
            findings.put(item.fingerprint(), new FindingView(item.fingerprint(), item.ruleKey(), item.type(),
                    Severity.fromKey(item.severity()), item.path(), item.startLine(), item.endLine(),
                    FindingView.firstLine(item.message())));
        }
        return new RevisionFindings(commit, findings, recorded.hotspots(), REUSED);
    }
}
