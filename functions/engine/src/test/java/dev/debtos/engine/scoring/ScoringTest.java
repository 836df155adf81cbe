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
    void atEqualPriorityTheSurerRuleComesFirst() {
        Finding shell = new Finding("DEBT-SHELL-001", DebtType.SECURITY_ISSUE, Severity.MEDIUM, "a/_term.py", 5, 5, "m", "e",
                45, "s", 0);
        Finding complex = new Finding("DEBT-COMPLEXITY-001", DebtType.COMPLEXITY, Severity.MEDIUM, "b/core.py", 9, 40, "m",
                "e", 50, "c", 0);
        assertThat(Scoring.prioritise(List.of(shell, complex), List.of(), List.of())).extracting(Finding::fingerprint)
                .containsExactly("c", "s"); // a measured complexity before a pattern to review, whatever the paths
    }

    @Test
    void furtherPastItsThresholdRanksHigherWithinASeverityNeverAcrossOne() {
        Finding borderline = finding("a/A.java", Severity.HIGH, 10, "borderline").withExcess(2);
        Finding far = finding("z/Z.java", Severity.HIGH, 10, "far").withExcess(3.9);
        Finding critical = finding("m/M.java", Severity.CRITICAL, 10, "critical").withExcess(4);
        Finding unmeasured = finding("b/B.java", Severity.HIGH, 10, "unmeasured");
        Finding huge = finding("c/C.java", Severity.HIGH, 10, "huge").withExcess(1000);
        List<Finding> ranked = Scoring.prioritise(List.of(borderline, far, critical, unmeasured, huge), List.of(), List.of());
        assertThat(ranked).extracting(Finding::fingerprint).containsExactly("critical", "huge", "far", "borderline", "unmeasured");
        // 8 × 1.25; 5 × 1.5 (bounded); 5 × (1 + log2(3.9) / 8); 5 × 1.125; 5
        assertThat(ranked).extracting(Finding::priority).containsExactly(10.0, 7.5, 6.23, 5.63, 5.0);
        assertThat(Scoring.magnitude(1)).isEqualTo(1.0);
        assertThat(Scoring.magnitude(16)).isEqualTo(1.5);
        assertThat(Scoring.MAX_MAGNITUDE).isLessThan(Severity.HIGH.weight() / Severity.MEDIUM.weight())
                .isLessThan(Severity.CRITICAL.weight() / Severity.HIGH.weight());
    }

    @Test
    void atEqualPriorityTheFindingFurtherPastItsThresholdComesBeforeThePath() {
        Finding a = finding("a/A.java", Severity.MEDIUM, 10, "a").withExcess(1.5000001);
        Finding b = finding("b/B.java", Severity.MEDIUM, 10, "b").withExcess(1.5000002);
        assertThat(Scoring.prioritise(List.of(a, b), List.of(), List.of())).extracting(Finding::fingerprint)
                .containsExactly("b", "a");
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

    @Test
    void findingsOutsideProductionCodeRankBelowEveryProductionFindingAndStayOutOfTheRatio() {
        List<Hotspot> hotspots = List.of(new Hotspot("src/test/OrdersTest.java", "Java", 10, 40, 0, 5, 1, "a", 1, 0.9));
        List<CouplingPair> coupling = List.of(new CouplingPair("src/test/OrdersTest.java", "x.java", 5, 1.0));
        Finding inTest = finding("src/test/OrdersTest.java", Severity.CRITICAL, 100, "t")
                .withRole(dev.debtos.engine.inventory.FileRole.TEST);
        Finding example = finding("examples/demo.js", Severity.HIGH, 50, "e").withRole(dev.debtos.engine.inventory.FileRole.EXAMPLE);
        List<Finding> ranked = Scoring.prioritise(List.of(inTest, example, finding("src/Util.java", Severity.INFO, 30, "p")),
                hotspots, coupling);
        // the test finding: (1 + 3 + 2) × 8 / 100 = 0.48, below the lowest production priority (1 × 0.5)
        assertThat(ranked).extracting(Finding::fingerprint).containsExactly("p", "t", "e");
        assertThat(ranked).extracting(Finding::priority).containsExactly(0.5, 0.48, 0.05);

        DebtScore score = Scoring.score(ranked, 10);
        assertThat(score.remediationMinutes()).isEqualTo(30);
        assertThat(score.nonProductionMinutes()).isEqualTo(150);
        assertThat(score.debtRatio()).isEqualTo(0.1);
        assertThat(score.quickWins()).containsExactly("p");
        assertThat(score.deferrable()).containsExactly("t", "e");
    }

    @Test
    void findingsOnOnePlaceBecomeOneWithTheirReasonsCombined() {
        Finding complex = new Finding("DEBT-COMPLEXITY-001", DebtType.COMPLEXITY, Severity.HIGH, "r.go", 10, 90,
                "Function 'route' has cyclomatic complexity 60", "code", 130, "fc", 0);
        Finding longFunction = new Finding("DEBT-SIZE-001", DebtType.CODE_SMELL, Severity.MEDIUM, "r.go", 10, 90,
                "Function 'route' has 80 lines of code", "code", 20, "fs", 0);
        Finding hotspot = new Finding("DEBT-HOTSPOT-001", DebtType.COMPLEXITY, Severity.CRITICAL, "r.go", 10, 90,
                "Hotspot: 40 commits", "commits=40", 180, "fh", 0);
        Finding noTests = new Finding("DEBT-TESTS-001", DebtType.MISSING_TESTS, Severity.HIGH, "r.go", 1, 300,
                "Hotspot has no test file named after it", "expected", 100, "ft", 0);
        Finding elsewhere = new Finding("DEBT-COMPLEXITY-001", DebtType.COMPLEXITY, Severity.LOW, "r.go", 120, 140,
                "Function 'other' has cyclomatic complexity 12", "code", 14, "fo", 0);
        Finding satd = new Finding("DEBT-SATD-001", DebtType.CODE_SMELL, Severity.LOW, "r.go", 10, 10, "TODO", "// TODO", 10, "fx", 0);

        List<Finding> merged = Places.merge(List.of(complex, longFunction, hotspot, noTests, elsewhere, satd));

        assertThat(merged).extracting(Finding::fingerprint).containsExactly("fc", "fo", "fx");
        Finding place = merged.getFirst();
        assertThat(place.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(place.ruleKey()).isEqualTo("DEBT-COMPLEXITY-001");
        assertThat(place.startLine()).isEqualTo(10);
        assertThat(place.endLine()).isEqualTo(90);
        assertThat(place.message()).isEqualTo("Function 'route' has cyclomatic complexity 60; Function 'route' has 80 lines"
                + " of code; Hotspot: 40 commits; Hotspot has no test file named after it");
        assertThat(place.remediationMinutes()).as("the largest refactoring plus the tests").isEqualTo(280);
    }
}
