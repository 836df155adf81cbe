package dev.debtos.worker.pr;

import static dev.debtos.worker.pr.PullRequestDiffTest.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityGateTest {

    @Test
    void newHighOrCriticalDebtFailsTheGateByDefault() {
        QualityGate.Verdict verdict = QualityGate.evaluate(List.of(finding("c", Severity.CRITICAL, "a.java", 3),
                finding("h", Severity.HIGH, "b.java", 7), finding("m", Severity.MEDIUM, "c.java", 1)), Severity.HIGH);

        assertThat(verdict.status()).isEqualTo("failed");
        assertThat(verdict.reasons()).containsExactly("adds 1 critical finding: DEBT-TEST-001 at a.java:3",
                "adds 1 high finding: DEBT-TEST-001 at b.java:7");
    }

    @Test
    void mediumAndLowerDebtPassesByDefault() {
        QualityGate.Verdict verdict = QualityGate.evaluate(List.of(finding("m", Severity.MEDIUM, "c.java", 1),
                finding("l", Severity.LOW, "c.java", 2), finding("i", Severity.INFO, "", 0)), Severity.HIGH);

        assertThat(verdict.status()).isEqualTo("passed");
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void nothingAddedPassesWhateverTheThreshold() {
        assertThat(QualityGate.evaluate(List.of(), Severity.INFO).failed()).isFalse();
    }

    @Test
    void aLowerThresholdFailsOnLowerSeverities() {
        QualityGate.Verdict verdict = QualityGate.evaluate(List.of(finding("l", Severity.LOW, "c.java", 2)), Severity.LOW);

        assertThat(verdict.failed()).isTrue();
        assertThat(verdict.failOn()).isEqualTo(Severity.LOW);
    }

    @Test
    void aReasonNamesAtMostThreeFindingsAndCountsTheRest() {
        QualityGate.Verdict verdict = QualityGate.evaluate(List.of(finding("1", Severity.HIGH, "a.java", 1),
                finding("2", Severity.HIGH, "a.java", 2), finding("3", Severity.HIGH, "a.java", 3),
                finding("4", Severity.HIGH, "a.java", 4), finding("5", Severity.HIGH, "", 0)), Severity.HIGH);

        assertThat(verdict.reasons()).containsExactly("adds 5 high findings: DEBT-TEST-001 at a.java:1, DEBT-TEST-001 at a.java:2, "
                + "DEBT-TEST-001 at a.java:3 and 2 more");
    }
}
