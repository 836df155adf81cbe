package dev.debtos.platform.ledger;

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
            update.setArray(2, transaction.createArrayOf("uuid", seen.stream().map(entry -> entry.item().id()).toArray()));
            ItemColumns.FROM_FINDING.bind(transaction, update, 3, seen.stream().map(LedgerUpdate.Seen::finding).toList());
            update.executeUpdate();
        }
    }
}
