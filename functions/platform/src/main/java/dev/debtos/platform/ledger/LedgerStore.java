package dev.debtos.platform.ledger;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.suppression.SuppressedFinding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * debt_items and debt_item_events, written inside the caller's transaction (the one that completes the scan) set-based
 * (items created with their events: one INSERT, {@link CreatedItems}; items seen again: one UPDATE,
 * {@link LedgerRefresh}; a scan that reuses the ledger's own scan: three, {@link LedgerCarryForward}) and the few
 * resolved items and their events in JDBC batches. {@link #lock} serialises ledger updates of one repository: two scans of it never
 * interleave.
 */
public final class LedgerStore {
    private static final int MAX_TITLE_CHARS = 200;
    static final double MAX_PRIORITY = 99_999_999.0; // numeric(12, 4)

    /** Locks the repository row until the transaction ends. */
    public void lock(Connection transaction, UUID repositoryId) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement("SELECT id FROM repositories WHERE id = ? FOR UPDATE")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("repository " + repositoryId + " no longer exists");
                }
            }
        }
    }

    public List<LedgerUpdate.Existing> items(Connection transaction, UUID repositoryId) throws SQLException {
        List<LedgerUpdate.Existing> items = new ArrayList<>();
        try (PreparedStatement select = transaction.prepareStatement(
                "SELECT id, fingerprint, status FROM debt_items WHERE repository_id = ?")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new LedgerUpdate.Existing(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return items;
    }

    public void apply(Connection transaction, UUID repositoryId, UUID scanId, LedgerUpdate update) throws SQLException {
        try (PreparedStatement resolve = transaction.prepareStatement(
                     "UPDATE debt_items SET status = 'resolved', resolved_at = now(), updated_at = now() WHERE id = ?");
             PreparedStatement event = transaction.prepareStatement("""
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, payload)
                VALUES (?, ?, ?, ?, jsonb_build_object('scanId', ?::text))""")) {
            for (LedgerUpdate.Seen seen : update.reopened()) {
                addEvent(event, seen.item().id(), "reopened", "resolved", "open", scanId);
            }
            for (LedgerUpdate.Existing item : update.resolved()) {
                resolve.setObject(1, item.id());
                resolve.addBatch();
                addEvent(event, item.id(), "resolved", item.status(), "resolved", scanId);
            }
            CreatedItems.insert(transaction, repositoryId, scanId, update.created());
            LedgerRefresh.refresh(transaction, scanId, concat(update.stillOpen(), update.reopened()));
            resolve.executeBatch();
            event.executeBatch();
        }
    }

    /**
     * After {@link #apply}: the scan's suppressed findings' items become {@code suppressed} with what suppressed them
     * (a {@code status_change} event from their former status), and items this scan saw that were suppressed and no
     * longer are become {@code open} again. Only a scan moves items into or out of {@code suppressed}.
     */
    public void suppress(Connection transaction, UUID repositoryId, UUID scanId, List<SuppressedFinding> suppressed)
            throws SQLException {
        Object[] fingerprints = new Object[suppressed.size()];
        Object[] by = new Object[suppressed.size()];
        Object[] reasons = new Object[suppressed.size()];
        for (int i = 0; i < suppressed.size(); i++) {
            fingerprints[i] = suppressed.get(i).finding().fingerprint();
            by[i] = suppressed.get(i).suppressedBy();
            reasons[i] = suppressed.get(i).reason();
        }
        try (PreparedStatement into = transaction.prepareStatement("""
                WITH s AS (SELECT DISTINCT ON (fingerprint) * FROM unnest(?::text[], ?::text[], ?::text[]) AS s(fingerprint, by_, reason)),
                     old AS (SELECT d.id, d.status, s.by_, s.reason FROM debt_items d JOIN s ON d.fingerprint = s.fingerprint
                              WHERE d.repository_id = ? FOR UPDATE OF d),
                     moved AS (UPDATE debt_items d SET status = 'suppressed', resolved_at = NULL, updated_at = now(),
                                      suppression = jsonb_build_object('by', old.by_, 'reason', old.reason)
                                 FROM old WHERE d.id = old.id RETURNING d.id, old.status AS was)
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, payload)
                SELECT id, 'status_change', was, 'suppressed', jsonb_build_object('scanId', ?::text) FROM moved
                 WHERE was <> 'suppressed'""");
             PreparedStatement back = transaction.prepareStatement("""
                WITH back AS (UPDATE debt_items SET status = 'open', suppression = NULL, updated_at = now()
                               WHERE repository_id = ? AND status = 'suppressed' AND last_seen_scan_id = ?
                                 AND NOT (fingerprint = ANY (?::text[]))
                                 -- feedback memory's suppressions are its own to lift (FeedbackMemory)
                                 AND suppression ->> 'by' IS DISTINCT FROM 'feedback' RETURNING id)
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, payload)
                SELECT id, 'status_change', 'suppressed', 'open', jsonb_build_object('scanId', ?::text) FROM back""")) {
            into.setArray(1, transaction.createArrayOf("text", fingerprints));
            into.setArray(2, transaction.createArrayOf("text", by));
            into.setArray(3, transaction.createArrayOf("text", reasons));
            into.setObject(4, repositoryId);
            into.setString(5, scanId.toString());
            into.executeUpdate();
            back.setObject(1, repositoryId);
            back.setObject(2, scanId);
            back.setArray(3, transaction.createArrayOf("text", fingerprints));
            back.setString(4, scanId.toString());
            back.executeUpdate();
        }
    }

    /**
     * The ledger update of a scan whose findings are exactly those of {@code earlier}, the scan the ledger reflects
     * (see {@link LedgerCarryForward}).
     */
    public LedgerCounts carryForward(Connection transaction, UUID repositoryId, UUID earlier, UUID scanId) throws SQLException {
        return LedgerCarryForward.carry(transaction, repositoryId, earlier, scanId);
    }

    static String title(Finding finding) {
        String message = finding.message() == null || finding.message().isBlank() ? finding.ruleKey() : finding.message().strip();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > MAX_TITLE_CHARS ? line.substring(0, MAX_TITLE_CHARS - 1) + "…" : line;
    }

    private static void addEvent(PreparedStatement event, UUID item, String kind, String from, String to, UUID scanId)
            throws SQLException {
        event.setObject(1, item);
        event.setString(2, kind);
        event.setString(3, from);
        event.setString(4, to);
        event.setString(5, scanId.toString());
        event.addBatch();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
