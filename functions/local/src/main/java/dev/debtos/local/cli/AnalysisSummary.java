package dev.debtos.local.cli;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.rules.HotspotRule;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The few lines printed after an analysis: size, rating, findings by severity, where the reports are. */
final class AnalysisSummary {

    private AnalysisSummary() {
    }

    static String of(AnalysisResult result, Path reports) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Finding f : result.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        StringBuilder severities = new StringBuilder();
        for (Severity s : Severity.values()) {
            severities.append(severities.isEmpty() ? "" : ", ").append(bySeverity.getOrDefault(s, 0)).append(' ').append(s.key());
        }
        long totalMillis = result.stageMillis().values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, """
                %s: %d files, %d lines of code (%d in production code), %d functions
                debt rating %c (ratio %.1f%%, %.1f hours of remediation in production code)
                %d findings: %s; %d suppressed
                %d duplicated blocks, %d dependency cycles, %d SATD comments, %d hotspots (of %d files with history)
                analysed in %d ms; reports in %s""",
                result.root(), result.files().size(), result.files().stream().mapToLong(f -> f.codeLines()).sum(),
                result.score().codeLines(),
                result.files().stream().mapToInt(f -> f.functions().size()).sum(),
                result.score().rating(), 100 * result.score().debtRatio(), result.score().remediationMinutes() / 60.0,
                result.findings().size(), severities, result.suppressed().size(), result.clones().size(), result.cycles().size(), result.satd().size(),
                result.findings().stream().filter(f -> f.ruleKey().equals(HotspotRule.KEY) || f.message().contains("; Hotspot: "))
                        .count(), result.hotspots().size(),
                totalMillis, reports);
    }
}
