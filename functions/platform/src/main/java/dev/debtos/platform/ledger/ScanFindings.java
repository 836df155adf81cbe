package dev.debtos.platform.ledger;

import dev.debtos.platform.repos.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ledger items a scan saw: those whose {@code last_seen_scan_id} is the scan. A later scan that sees an item
 * again moves it on, so an older scan's list shrinks to what only it saw last; the newest completed scan's list is
 * the repository's current findings. Callers check the scan's ownership first.
 */
public final class ScanFindings {
    private static final String COLUMNS = "id, fingerprint, rule_key, type, severity, path, start_line, end_line, title,"
            + " message, evidence, effort_minutes, priority, status, first_seen_scan_id, last_seen_scan_id";
    private static final String ORDER = " ORDER BY priority DESC, path NULLS FIRST, start_line NULLS FIRST, id";

    private final DataSource dataSource;

    public ScanFindings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page, highest priority first, and how many items the scan saw (a SARIF run is the first page of 5,000). */
    public Page<LedgerItem> page(UUID scanId, int limit, int offset) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM debt_items WHERE last_seen_scan_id = ?")) {
            List<LedgerItem> items = select(connection, scanId, limit, offset);
            count.setObject(1, scanId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Page<>(items, rows.getLong(1), limit, offset);
            }
        }
    }

    private static List<LedgerItem> select(Connection connection, UUID scanId, int limit, int offset) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM debt_items WHERE last_seen_scan_id = ?" + ORDER + " LIMIT ? OFFSET ?")) {
            select.setObject(1, scanId);
            select.setInt(2, limit);
            select.setInt(3, offset);
            List<LedgerItem> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new LedgerItem(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), (Integer) rows.getObject(7),
                            (Integer) rows.getObject(8), rows.getString(9), rows.getString(10), rows.getString(11),
                            rows.getInt(12), rows.getDouble(13), rows.getString(14), rows.getObject(15, UUID.class),
                            rows.getObject(16, UUID.class)));
                }
            }
            return items;
        }
    }
}
