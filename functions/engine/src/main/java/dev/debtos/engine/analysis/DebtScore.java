package dev.debtos.engine.analysis;

import java.util.List;

/**
 * The repository's debt in SonarQube's terms: ratio = remediation minutes / (30 min × code lines), rated A (<= 5 %),
 * B (<= 10 %), C (<= 20 %), D (<= 50 %), E (above), and a remediation plan in three buckets.
 *
 * @param quickWins finding fingerprints: high priority, cheap to fix
 * @param strategic finding fingerprints: high priority, expensive
 * @param deferrable finding fingerprints: low interest
 * @param fileDebt   per file, the sum of its findings' priorities (interest × severity): where debt costs most
 */
public record DebtScore(long remediationMinutes, long codeLines, double debtRatio, char rating,
                        List<String> quickWins, List<String> strategic, List<String> deferrable,
                        java.util.Map<String, Double> fileDebt) {
}
