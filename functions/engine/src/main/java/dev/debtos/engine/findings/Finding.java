package dev.debtos.engine.findings;

/**
 * One piece of debt a rule found.
 *
 * @param ruleKey            stable rule key, e.g. {@code DEBT-COMPLEXITY-001}
 * @param path               file path relative to the repository root ('/'-separated); empty for repository-wide findings
 * @param evidence           the code or data that shows the problem (an excerpt, a cycle's files, numbers)
 * @param remediationMinutes estimated effort to fix
 * @param fingerprint        stable identity across scans: rule key + path + normalised code of the region (not line numbers)
 * @param priority           interest × severity (see scoring); 0 until scored
 */
public record Finding(String ruleKey, DebtType type, Severity severity, String path, int startLine, int endLine,
                      String message, String evidence, int remediationMinutes, String fingerprint, double priority) {

    public Finding withPriority(double newPriority) {
        return new Finding(ruleKey, type, severity, path, startLine, endLine, message, evidence, remediationMinutes,
                fingerprint, newPriority);
    }
}
