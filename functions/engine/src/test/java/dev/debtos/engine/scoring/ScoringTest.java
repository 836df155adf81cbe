package dev.debtos.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.debtos.engine.analysis.DebtScore;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.history.CouplingPair;
import dev.debtos.engine.history.FileHistory;
import dev.debtos.engine.history.HistoryReport;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static FileMetrics file(String path, int complexity, int lines) {
        return new FileMetrics(path, Language.JAVA, lines, 0, 0, lines,
                List.of(new FunctionMetrics("f", 1, lines, lines, complexity, 0, 0, 0)));
    }

    private static Finding finding(String path, Severity severity, int minutes, String fingerprint) {
        return new Finding("R", DebtType.CODE_SMELL, severity, path, 1, 1, "m", "e", minutes, fingerprint, 0);
    }

    @Test
    void hotspotScoreIsNormalisedChurnTimesNormalisedComplexity() {
        HistoryReport history = new HistoryReport("abc", 10, T, T, Map.of(
                "a.java", new FileHistory("a.java", 20, 100, 50, 2, "Ann", 0.7, T, T),
                "b.java", new FileHistory("b.java", 10, 10, 0, 1, "Bob", 1.0, T, T)), List.of(), List.of());
        List<Hotspot> hotspots = Scoring.hotspots(List.of(file("a.java", 10, 100), file("b.java", 40, 50), file("c.java", 99, 10)), history);
        assertThat(hotspots).extracting(Hotspot::path).containsExactly("b.java", "a.java");
        assertThat(hotspots.get(0).score()).isEqualTo(0.5);   // 10/20 commits × 40/40 complexity
        assertThat(hotspots.get(1).score()).isEqualTo(0.25);  // 20/20 × 10/40
        assertThat(hotspots.get(1).churn()).isEqualTo(150);
        assertThat(Scoring.hotspots(List.of(file("a.java", 1, 1)), null)).isEmpty();
    }

    @Test
    void priorityIsInterestTimesSeverity() {
        List<Hotspot> hotspots = List.of(new Hotspot("hot.java", "Java", 10, 40, 0, 5, 1, "a", 1, 0.9),
                new Hotspot("cold.java", "Java", 10, 10, 0, 5, 1, "a", 1, 0.1));
        List<CouplingPair> coupling = List.of(new CouplingPair("cold.java", "other.java", 5, 0.5));
        List<Finding> ranked = Scoring.prioritise(List.of(finding("cold.java", Severity.HIGH, 10, "c"),
                finding("hot.java", Severity.MEDIUM, 10, "h"), finding("none.java", Severity.CRITICAL, 10, "n")), hotspots, coupling);
        // hot: (1 + 3×40/40) × 3 = 12; cold: (1 + 3×10/40 + 2×0.5) × 5 = 13.75; none: 1 × 8 = 8
        assertThat(ranked).extracting(Finding::fingerprint).containsExactly("c", "h", "n");
        assertThat(ranked).extracting(Finding::priority).containsExactly(13.75, 12.0, 8.0);
    }

    @Test
    void debtRatioRatingAndRemediationPlan() {
        List<Finding> ranked = List.of(finding("a", Severity.HIGH, 10, "quick").withPriority(9),
                finding("a", Severity.HIGH, 120, "strategic").withPriority(8),
                finding("a", Severity.LOW, 5, "later").withPriority(1));
        DebtScore score = Scoring.score(ranked, 100);
        assertThat(score.remediationMinutes()).isEqualTo(135);
        assertThat(score.debtRatio()).isCloseTo(0.045, within(1e-9)); // 135 / (30 × 100)
        assertThat(score.rating()).isEqualTo('A');
        assertThat(score.quickWins()).containsExactly("quick");
        assertThat(score.strategic()).containsExactly("strategic");
        assertThat(score.deferrable()).containsExactly("later");
        assertThat(score.fileDebt()).containsExactly(java.util.Map.entry("a", 18.0));
        assertThat(List.of(Scoring.rating(0.05), Scoring.rating(0.051), Scoring.rating(0.2), Scoring.rating(0.5), Scoring.rating(0.51)))
                .containsExactly('A', 'B', 'C', 'D', 'E');
    }
}
