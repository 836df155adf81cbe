package dev.debtos.worker.pr;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.findings.Finding;
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
}
