package dev.debtos.platform.ledger;

import dev.debtos.engine.findings.Finding;
import dev.debtos.platform.db.UnnestColumns;

/**
 * A debt item's columns as a finding sets them, in the order {@link CreatedItems} and {@link LedgerRefresh} unnest
 * them: rule_key, type, severity, path, start_line, end_line, title, message, evidence, effort, priority, related,
 * confidence. A path that is empty is NULL, lines are NULL without a path or a start line, and end no earlier than
 * they start.
 */
final class ItemColumns {
    static final UnnestColumns<Finding> FROM_FINDING = UnnestColumns.<Finding>of()
            .and("text", Finding::ruleKey)
            .and("text", finding -> finding.type().key())
            .and("text", finding -> finding.severity().key())
            .and("text", finding -> hasPath(finding) ? finding.path() : null)
            .and("int4", finding -> hasLines(finding) ? finding.startLine() : null)
            .and("int4", finding -> hasLines(finding) ? Math.max(finding.startLine(), finding.endLine()) : null)
            .and("text", LedgerStore::title)
            .and("text", Finding::message)
            .and("text", Finding::evidence)
            .and("int4", finding -> Math.max(0, finding.remediationMinutes()))
            .and("float8", finding -> Math.clamp(finding.priority(), -LedgerStore.MAX_PRIORITY, LedgerStore.MAX_PRIORITY))
            .and("text", RelatedLocations::json)
            .and("float8", Finding::confidence);

    private ItemColumns() {
    }

    private static boolean hasPath(Finding finding) {
        return finding.path() != null && !finding.path().isEmpty();
    }

    private static boolean hasLines(Finding finding) {
        return hasPath(finding) && finding.startLine() >= 1;
    }
}
