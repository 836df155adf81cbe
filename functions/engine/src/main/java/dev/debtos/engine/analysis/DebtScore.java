package dev.debtos.engine.analysis;

import java.util.List;
import java.util.Map;

/**
 * The repository's debt in SonarQube's terms: ratio = remediation minutes / (30 min × code lines), rated A (<= 5 %),
 * B (<= 10 %), C (<= 20 %), D (<= 50 %), E (above), and a remediation plan in three buckets. Like SonarQube, the
 * ratio is production code's: findings in test, example, generated and vendored files stay out of it (their minutes
 * are {@code nonProductionMinutes}) and so do those files' lines.
 *
 * @param remediationMinutes production findings' remediation minutes
 * @param codeLines          production files' code lines
 * @param quickWins          finding fingerprints: high priority, cheap to fix (production code only)
 * @param strategic          finding fingerprints: high priority, expensive (production code only)
 * @param deferrable         finding fingerprints: low interest, and every finding outside production code
 * @param fileDebt           per file, the sum of its findings' priorities (interest × severity × magnitude): where debt costs most
 * @param nonProductionMinutes remediation minutes of the findings in test, example, generated and vendored files
 */
public record DebtScore(long remediationMinutes, long codeLines, double debtRatio, char rating,
                        List<String> quickWins, List<String> strategic, List<String> deferrable,
                        Map<String, Double> fileDebt, long nonProductionMinutes) {

    public DebtScore(long remediationMinutes, long codeLines, double debtRatio, char rating, List<String> quickWins,
                     List<String> strategic, List<String> deferrable, Map<String, Double> fileDebt) {
        this(remediationMinutes, codeLines, debtRatio, rating, quickWins, strategic, deferrable, fileDebt, 0);
    }
}
