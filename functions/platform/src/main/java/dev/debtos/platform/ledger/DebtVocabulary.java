package dev.debtos.platform.ledger;

import java.util.List;

/** The values the debt_items CHECK constraints allow (migration 006), for validating filters before SQL sees them. */
public final class DebtVocabulary {
    public static final List<String> TYPES = List.of(
            "code_smell", "complexity", "duplication", "dead_code", "circular_dependency",
            "layer_violation", "god_class", "feature_envy", "outdated_dependency",
            "vulnerable_dependency", "missing_lock_file", "low_coverage", "missing_tests",
            "flaky_tests", "missing_docs", "outdated_docs", "hardcoded_config", "security_issue");
    /** Most severe first. */
    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");
    /** {@code suppressed}: a suppression covers the finding (only a scan sets it; migration 016). */
    public static final List<String> STATUSES = List.of("open", "acknowledged", "planned", "in_progress", "resolved", "wont_fix",
            "suppressed");
    /** SQL for "still owed" ({@link DebtStatus#UNRESOLVED}), on a debt_items alias {@code d}. */
    public static final String UNRESOLVED_SQL = "d.status IN ('open', 'acknowledged', 'planned', 'in_progress')";
    /** Severity as a number, critical 5 … info 1: the same expression as index idx_debt_items_repository_severity_rank. */
    public static final String SEVERITY_RANK_SQL =
            "(CASE severity WHEN 'critical' THEN 5 WHEN 'high' THEN 4 WHEN 'medium' THEN 3 WHEN 'low' THEN 2 ELSE 1 END)";

    private DebtVocabulary() {
    }
}
