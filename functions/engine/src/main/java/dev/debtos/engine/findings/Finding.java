package dev.debtos.engine.findings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.debtos.engine.inventory.FileRole;
import java.util.List;

/**
 * One piece of debt a rule found.
 *
 * @param ruleKey            stable rule key, e.g. {@code DEBT-COMPLEXITY-001}
 * @param path               file path relative to the repository root ('/'-separated); empty for repository-wide findings
 * @param startColumn        1-based column on {@code startLine} where the finding starts, 0 where the lexer does not
 *                           know it (only clone groups carry one today)
 * @param evidence           the code or data that shows the problem (an excerpt, a cycle's files, numbers)
 * @param remediationMinutes estimated effort to fix
 * @param fingerprint        stable identity across scans: rule key + path + normalised code of the region (not line numbers)
 * @param priority           interest × severity × magnitude × confidence (see scoring); 0 until scored
 * @param related            the finding's other places (the other copies of a clone group); empty for most rules
 * @param role               what the finding's file is for (production, test, example...); set by the score stage
 * @param confidence         how sure DEBT-OS is that the finding is debt worth acting on, in (0, 1]; 1 unless a
 *                           model's triage judged it not actionable. Priority is multiplied by it. A value outside
 *                           (0, 1] (absent from a report written without it) reads as 1.
 * @param excess             how far past its threshold the measure behind the finding is, as measured / threshold (a
 *                           function of cognitive complexity 45 against 15: 3); 1 for a finding without a measured
 *                           threshold. Priority grows with it (see scoring). A value below 1 (absent from a report
 *                           written without it) reads as 1.
 */
@JsonIgnoreProperties(value = "source", allowGetters = true) // written to report.json, derived again when read
public record Finding(String ruleKey, DebtType type, Severity severity, String path, int startLine, int endLine,
                      int startColumn, String message, String evidence, int remediationMinutes, String fingerprint,
                      double priority, List<FindingLocation> related, FileRole role, double confidence,
                      double excess) {

    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
        startColumn = Math.max(0, startColumn);
        role = role == null ? FileRole.PRODUCTION : role;
        confidence = confidence > 0 && confidence <= 1 ? confidence : 1.0;
        excess = excess >= 1 && Double.isFinite(excess) ? excess : 1.0;
    }

    /** A finding without a measured excess (1). */
    public Finding(String ruleKey, DebtType type, Severity severity, String path, int startLine, int endLine,
                   int startColumn, String message, String evidence, int remediationMinutes, String fingerprint,
                   double priority, List<FindingLocation> related, FileRole role, double confidence) {
        this(ruleKey, type, severity, path, startLine, endLine, startColumn, message, evidence, remediationMinutes,
                fingerprint, priority, related, role, confidence, 1.0);
    }

    /** A finding nothing has doubted (confidence 1). */
    public Finding(String ruleKey, DebtType type, Severity severity, String path, int startLine, int endLine,
                   int startColumn, String message, String evidence, int remediationMinutes, String fingerprint,
                   double priority, List<FindingLocation> related, FileRole role) {
        this(ruleKey, type, severity, path, startLine, endLine, startColumn, message, evidence, remediationMinutes,
                fingerprint, priority, related, role, 1.0);
    }

    /** A finding whose start column is not known. */
    public Finding(String ruleKey, DebtType type, Severity severity, String path, int startLine, int endLine,
                   String message, String evidence, int remediationMinutes, String fingerprint, double priority,
                   List<FindingLocation> related, FileRole role) {
        this(ruleKey, type, severity, path, startLine, endLine, 0, message, evidence, remediationMinutes, fingerprint,
                priority, related, role);
    }

    /** A finding whose file's role is not known yet (the score stage sets it). */
    public Finding(String ruleKey, DebtType type, Severity severity, String path, int startLine, int endLine,
                   int startColumn, String message, String evidence, int remediationMinutes, String fingerprint,
                   double priority, List<FindingLocation> related) {
        this(ruleKey, type, severity, path, startLine, endLine, startColumn, message, evidence, remediationMinutes,
                fingerprint, priority, related, FileRole.PRODUCTION);
    }

    /** A finding whose start column and file's role are not known. */
    public Finding(String ruleKey, DebtType type, Severity severity, String path, int startLine, int endLine,
                   String message, String evidence, int remediationMinutes, String fingerprint, double priority,
                   List<FindingLocation> related) {
        this(ruleKey, type, severity, path, startLine, endLine, 0, message, evidence, remediationMinutes, fingerprint,
                priority, related, FileRole.PRODUCTION);
    }

    /** A finding with one place only. */
    public Finding(String ruleKey, DebtType type, Severity severity, String path, int startLine, int endLine,
                   String message, String evidence, int remediationMinutes, String fingerprint, double priority) {
        this(ruleKey, type, severity, path, startLine, endLine, message, evidence, remediationMinutes, fingerprint,
                priority, List.of());
    }

    /** Rule keys of findings a language model reported (and the code confirmed) start with this. */
    public static final String LLM_RULE_PREFIX = "DEBT-LLM-";

    /** Who found it: {@code llm} for a model's finding validated against the code, else {@code rules}. */
    @JsonProperty("source")
    public String source() {
        return ruleKey != null && ruleKey.startsWith(LLM_RULE_PREFIX) ? "llm" : "rules";
    }

    public Finding withPriority(double newPriority) {
        return new Finding(ruleKey, type, severity, path, startLine, endLine, startColumn, message, evidence,
                remediationMinutes, fingerprint, newPriority, related, role, confidence, excess);
    }

    public Finding withRole(FileRole newRole) {
        return new Finding(ruleKey, type, severity, path, startLine, endLine, startColumn, message, evidence,
                remediationMinutes, fingerprint, priority, related, newRole, confidence, excess);
    }

    /** The same finding (same fingerprint: the same ledger item) with another confidence and evidence. */
    public Finding withConfidence(double newConfidence, String newEvidence) {
        return new Finding(ruleKey, type, severity, path, startLine, endLine, startColumn, message, newEvidence,
                remediationMinutes, fingerprint, priority, related, role, newConfidence, excess);
    }

    /** The same finding with how far past its threshold its measure is. */
    public Finding withExcess(double newExcess) {
        return new Finding(ruleKey, type, severity, path, startLine, endLine, startColumn, message, evidence,
                remediationMinutes, fingerprint, priority, related, role, confidence, newExcess);
    }

    /** Whether the finding is in production code (repository-wide findings are). */
    public boolean inProduction() {
        return role == FileRole.PRODUCTION;
    }
}
