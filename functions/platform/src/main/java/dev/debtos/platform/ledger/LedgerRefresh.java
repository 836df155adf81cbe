package dev.debtos.platform.ledger;

import dev.debtos.engine.findings.Finding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Refreshes the items a scan saw again (still open or reopened) with ONE {@code UPDATE ... FROM unnest(...)} instead
 * of one batched UPDATE per item: a no-change rescan of a large repository sees every open item again (java.base:
 * ≈ 11k), and per-row statements cost a round of parsing and planning each. Same columns and values as
 * {@link LedgerStore}'s insert (details, confidence, {@code last_seen_scan_id}, reopening a resolved item).
 */
final class LedgerRefresh {
    private LedgerRefresh() {
    }

    static void refresh(Connection transaction, UUID scanId, List<LedgerUpdate.Seen> seen) throws SQLException {
        if (seen.isEmpty()) {
            return;
        }
        int n = seen.size();
        Object[] ids = new Object[n];
        Object[] ruleKeys = new Object[n];
        Object[] types = new Object[n];
        Object[] severities = new Object[n];
        Object[] paths = new Object[n];
        Object[] starts = new Object[n];
        Object[] ends = new Object[n];
        Object[] titles = new Object[n];
        Object[] messages = new Object[n];
        Object[] evidence = new Object[n];
        Object[] efforts = new Object[n];
        Object[] priorities = new Object[n];
        Object[] related = new Object[n];
        Object[] confidences = new Object[n];
        for (int i = 0; i < n; i++) {
            Finding finding = seen.get(i).finding();
            boolean hasPath = finding.path() != null && !finding.path().isEmpty();
            boolean hasLines = hasPath && finding.startLine() >= 1;
            ids[i] = seen.get(i).item().id();
            ruleKeys[i] = finding.ruleKey();
            types[i] = finding.type().key();
            severities[i] = finding.severity().key();
            paths[i] = hasPath ? finding.path() : null;
            starts[i] = hasLines ? finding.startLine() : null;
            ends[i] = hasLines ? Math.max(finding.startLine(), finding.endLine()) : null;
            titles[i] = LedgerStore.title(finding);
            messages[i] = finding.message();
            evidence[i] = finding.evidence();
            efforts[i] = Math.max(0, finding.remediationMinutes());
            priorities[i] = Math.clamp(finding.priority(), -LedgerStore.MAX_PRIORITY, LedgerStore.MAX_PRIORITY);
            related[i] = RelatedLocations.json(finding);
            confidences[i] = finding.confidence();
        }
        try (PreparedStatement update = transaction.prepareStatement("""
                UPDATE debt_items d SET rule_key = m.rule_key, type = m.type, severity = m.severity, path = m.path,
                       start_line = m.start_line, end_line = m.end_line, title = m.title, message = m.message,
                       evidence = m.evidence, effort_minutes = m.effort, priority = m.priority,
                       related_locations = m.related::jsonb, confidence = m.confidence, last_seen_scan_id = ?,
                       status = CASE WHEN d.status = 'resolved' THEN 'open' ELSE d.status END,
                       resolved_at = CASE WHEN d.status = 'resolved' THEN NULL ELSE d.resolved_at END, updated_at = now()
                  FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::text[],
                              ?::text[], ?::int[], ?::float8[], ?::text[], ?::float8[])
                       AS m(id, rule_key, type, severity, path, start_line, end_line, title, message, evidence, effort, priority,
                            related, confidence)
                 WHERE d.id = m.id""")) {
            update.setObject(1, scanId);
            update.setArray(2, transaction.createArrayOf("uuid", ids));
            update.setArray(3, transaction.createArrayOf("text", ruleKeys));
            update.setArray(4, transaction.createArrayOf("text", types));
            update.setArray(5, transaction.createArrayOf("text", severities));
            update.setArray(6, transaction.createArrayOf("text", paths));
            update.setArray(7, transaction.createArrayOf("int4", starts));
            update.setArray(8, transaction.createArrayOf("int4", ends));
            update.setArray(9, transaction.createArrayOf("text", titles));
            update.setArray(10, transaction.createArrayOf("text", messages));
            update.setArray(11, transaction.createArrayOf("text", evidence));
            update.setArray(12, transaction.createArrayOf("int4", efforts));
            update.setArray(13, transaction.createArrayOf("float8", priorities));
            update.setArray(14, transaction.createArrayOf("text", related));
            update.setArray(15, transaction.createArrayOf("float8", confidences));
            update.executeUpdate();
        }
    }
}
