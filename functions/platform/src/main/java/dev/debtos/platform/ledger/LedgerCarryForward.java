package dev.debtos.platform.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The ledger update of a scan whose findings are exactly those of the scan the ledger reflects ({@code earlier}: the
 * same tree, analysed by the same engine), done in three set-based statements instead of planning item by item.
 * The outcome is what {@link LedgerUpdate} plans for the same findings: every item {@code earlier} saw is seen again
 * (a resolved one is reopened with a {@code reopened} event, the others keep their status), and any other item that
 * is neither resolved nor wont_fix (a person reopened it meanwhile) is resolved with a {@code resolved} event. Nothing
 * is created, and no details change: they were written from the same findings.
 */
final class LedgerCarryForward {
    private LedgerCarryForward() {
    }

    static LedgerCounts carry(Connection transaction, UUID repositoryId, UUID earlier, UUID scanId) throws SQLException {
        int reopened = update(transaction, """
                WITH reopened AS (
                    UPDATE debt_items SET status = 'open', resolved_at = NULL, last_seen_scan_id = ?, updated_at = now()
                     WHERE repository_id = ? AND last_seen_scan_id = ? AND status = 'resolved' RETURNING id)
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, payload)
                SELECT id, 'reopened', 'resolved', 'open', jsonb_build_object('scanId', ?::text) FROM reopened""",
                scanId, repositoryId, earlier, scanId.toString());
        int stillOpen = update(transaction, """
                UPDATE debt_items SET last_seen_scan_id = ?, updated_at = now()
                 WHERE repository_id = ? AND last_seen_scan_id = ?""", scanId, repositoryId, earlier);
        int resolved = update(transaction, """
                WITH gone AS (
                    SELECT id, status FROM debt_items
                     WHERE repository_id = ? AND last_seen_scan_id IS DISTINCT FROM ?
                       AND status NOT IN ('resolved', 'wont_fix') FOR UPDATE),
                resolved AS (
                    UPDATE debt_items d SET status = 'resolved', resolved_at = now(), updated_at = now()
                      FROM gone WHERE d.id = gone.id RETURNING d.id, gone.status AS was)
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, payload)
                SELECT id, 'resolved', was, 'resolved', jsonb_build_object('scanId', ?::text) FROM resolved""",
                repositoryId, scanId, scanId.toString());
        return new LedgerCounts(0, stillOpen, reopened, resolved);
    }

    private static int update(Connection transaction, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = transaction.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
