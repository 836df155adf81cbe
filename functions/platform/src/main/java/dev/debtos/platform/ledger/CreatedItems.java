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
 * repository creates thousands). Same columns and values as {@link LedgerRefresh} writes for an item seen again.
 */
final class CreatedItems {
    private CreatedItems() {
    }

    static void insert(Connection transaction, UUID repositoryId, UUID scanId, List<Finding> created) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        int n = created.size();
        Object[] ids = new Object[n];
        Object[] fingerprints = new Object[n];
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
            Finding finding = created.get(i);
            boolean hasPath = finding.path() != null && !finding.path().isEmpty();
            boolean hasLines = hasPath && finding.startLine() >= 1;
            ids[i] = UUID.randomUUID();
            fingerprints[i] = finding.fingerprint();
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
            insert.setArray(4, transaction.createArrayOf("uuid", ids));
            insert.setArray(5, transaction.createArrayOf("text", fingerprints));
            insert.setArray(6, transaction.createArrayOf("text", ruleKeys));
            insert.setArray(7, transaction.createArrayOf("text", types));
            insert.setArray(8, transaction.createArrayOf("text", severities));
            insert.setArray(9, transaction.createArrayOf("text", paths));
            insert.setArray(10, transaction.createArrayOf("int4", starts));
            insert.setArray(11, transaction.createArrayOf("int4", ends));
            insert.setArray(12, transaction.createArrayOf("text", titles));
            insert.setArray(13, transaction.createArrayOf("text", messages));
            insert.setArray(14, transaction.createArrayOf("text", evidence));
            insert.setArray(15, transaction.createArrayOf("int4", efforts));
            insert.setArray(16, transaction.createArrayOf("float8", priorities));
            insert.setArray(17, transaction.createArrayOf("text", related));
            insert.setArray(18, transaction.createArrayOf("float8", confidences));
            insert.setString(19, scanId.toString());
            insert.executeUpdate();
        }
    }
}
