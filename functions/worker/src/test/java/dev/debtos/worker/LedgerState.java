package dev.debtos.worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Everything a scan leaves in the database for one repository, with database-specific ids replaced by the ordinal
 * of the scan (1 = the repository's first scan), so two databases or two repositories can be compared with equals.
 *
 * @param items     fingerprint -> status, first seen scan #, last seen scan #
 * @param snapshots scan # path: language loc complexity content hash, in order
 * @param events    event kind -> count
 * @param scans     scan # -> status
 */
public record LedgerState(Map<String, String> items, List<String> snapshots, Map<String, Long> events, Map<Integer, String> scans) {

    public static LedgerState of(DataSource dataSource, UUID repositoryId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, Integer> ordinal = new TreeMap<>();
            Map<Integer, String> scans = new TreeMap<>();
            query(connection, "SELECT id, status FROM scans WHERE repository_id = ? ORDER BY created_at, id", repositoryId, rows -> {
                ordinal.put(rows.getObject(1, UUID.class), ordinal.size() + 1);
                scans.put(ordinal.size(), rows.getString(2));
            });
            Map<String, String> items = new TreeMap<>();
            query(connection, "SELECT fingerprint, status, first_seen_scan_id, last_seen_scan_id FROM debt_items WHERE repository_id = ?",
                    repositoryId, rows -> items.put(rows.getString(1), rows.getString(2) + " first#"
                            + number(ordinal, rows.getObject(3, UUID.class)) + " last#" + number(ordinal, rows.getObject(4, UUID.class))));
            List<String> snapshots = new ArrayList<>();
            query(connection, """
                    SELECT f.scan_id, f.path, f.language, f.loc, f.complexity, f.content_hash FROM file_snapshots f
                      JOIN scans s ON s.id = f.scan_id WHERE s.repository_id = ? ORDER BY s.created_at, f.path""", repositoryId,
                    rows -> snapshots.add("#" + ordinal.get(rows.getObject(1, UUID.class)) + " " + rows.getString(2) + ": "
                            + rows.getString(3) + " " + rows.getInt(4) + " " + rows.getInt(5) + " " + rows.getString(6)));
            Map<String, Long> events = new TreeMap<>();
            query(connection, """
                    SELECT e.kind, count(*) FROM debt_item_events e JOIN debt_items i ON i.id = e.debt_item_id
                     WHERE i.repository_id = ? GROUP BY e.kind""", repositoryId, rows -> events.put(rows.getString(1), rows.getLong(2)));
            return new LedgerState(items, snapshots, events, scans);
        }
    }

    /** The scan's ordinal; "none" for an item no scan saw (or whose scan was purged). */
    private static String number(Map<UUID, Integer> ordinal, UUID scanId) {
        return scanId == null ? "none" : String.valueOf(ordinal.get(scanId));
    }

    private interface RowReader {
        void read(ResultSet rows) throws Exception;
    }

    private static void query(Connection connection, String sql, UUID parameter, RowReader reader) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
