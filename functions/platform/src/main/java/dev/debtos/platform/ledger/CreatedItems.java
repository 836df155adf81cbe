package dev.debtos.platform.ledger;

import dev.debtos.engine.findings.Finding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The items a scan creates and their {@code detected} events in ONE {@code INSERT ... SELECT FROM unnest(...)} with the
 * events inserted from its {@code RETURNING} rows, instead of two executions per item (a first scan of a large
 * repository creates thousands). The same columns, with the same values, as {@link LedgerRefresh} writes for an item seen again ({@link ItemColumns}).
 */
final class CreatedItems {
    private CreatedItems() {
    }

    static void insert(Connection transaction, UUID repositoryId, UUID scanId, List<Finding> created) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = transaction.prepareStatement("""
                WITH created AS (
                    INSERT INTO debt_items (id, repository_id, fingerprint, rule_key, type, severity, path, start_line, end_line,
                                            title, message, evidence, effort_minutes, priority, first_seen_scan_id,
                                            last_seen_scan_id, related_locations, confidence)
                    SELECT m.id, ?, m.fingerprint, m.rule_key, m.type, m.severity, m.path, m.start_line, m.end_line, m.title,
                           m.message, m.evidence, m.effort, m.priority, ?, ?, m.related::jsonb, m.confidence
                      FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[],
                                  ?::text[], ?::text[], ?::int[], ?::float8[], ?::text[], ?::float8[])
                           AS m(id, fingerprint, rule_key, type, severity, path, start_line, end_line, title, message, evidence,
                                effort, priority, related, confidence)
                    RETURNING id)
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, payload)
                SELECT id, 'detected', NULL, 'open', jsonb_build_object('scanId', ?::text) FROM created""")) {
            insert.setObject(1, repositoryId);
            insert.setObject(2, scanId);
            insert.setObject(3, scanId);
            insert.setArray(4, transaction.createArrayOf("uuid", created.stream().map(finding -> UUID.randomUUID()).toArray()));
            insert.setArray(5, transaction.createArrayOf("text", created.stream().map(Finding::fingerprint).toArray()));
            int next = ItemColumns.FROM_FINDING.bind(transaction, insert, 6, created);
            insert.setString(next, scanId.toString());
            insert.executeUpdate();
        }
    }
}
