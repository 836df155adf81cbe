package dev.debtos.platform.ledger;

import dev.debtos.platform.scan.ScanStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The findings and hotspot scores of a commit as a completed scan recorded them, for a pull-request scan whose base
 * need not be analysed again. A completed scan's findings are only recoverable from the ledger while it is the
 * repository's latest ledger-writing scan (not a PR scan): the items it saw then carry its id as
 * {@code last_seen_scan_id}, and its file snapshots hold the hotspot scores. A later ledger scan moves
 * {@code last_seen_scan_id} on, so in every other case there is nothing to reuse.
 */
public final class CommitFindings {
    /** One ledger item as the scan saw it (path "" and lines 0 for a repository-wide finding). */
    public record Item(String fingerprint, String ruleKey, String type, String severity, String path, int startLine,
                       int endLine, String message) {
    }

    /** The scan's items and its files' hotspot scores above zero. */
    public record Recorded(UUID scanId, List<Item> items, Map<String, Double> hotspots) {
    }

    private final DataSource dataSource;

    public CommitFindings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the latest ledger scan recorded, when it scanned exactly {@code commit}; else empty. */
    public Optional<Recorded> latestLedgerScanAt(UUID repositoryId, String commit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // one snapshot of the database: a ledger scan committing meanwhile cannot mix two scans' data
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                Optional<UUID> scan = latestLedgerScanAt(connection, repositoryId, commit);
                Optional<Recorded> recorded = scan.isEmpty() ? Optional.empty()
                        : Optional.of(new Recorded(scan.get(), items(connection, repositoryId, scan.get()),
                                hotspots(connection, scan.get())));
                connection.commit();
                return recorded;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }

    private static Optional<UUID> latestLedgerScanAt(Connection connection, UUID repositoryId, String commit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, commit_sha FROM scans WHERE id = (" + ScanStore.LATEST_LEDGER_SCAN + ")")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && commit.equals(rows.getString(2)) ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static List<Item> items(Connection connection, UUID repositoryId, UUID scanId) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT fingerprint, rule_key, type, severity, COALESCE(path, ''), COALESCE(start_line, 0),
                       COALESCE(end_line, start_line, 0), COALESCE(message, title)
                  FROM debt_items WHERE repository_id = ? AND last_seen_scan_id = ?""")) {
            select.setObject(1, repositoryId);
            select.setObject(2, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new Item(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6), rows.getInt(7), rows.getString(8)));
                }
            }
        }
        return items;
    }

    private static Map<String, Double> hotspots(Connection connection, UUID scanId) throws SQLException {
        Map<String, Double> hotspots = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT path, hotspot_score FROM file_snapshots WHERE scan_id = ? AND hotspot_score > 0")) {
            select.setObject(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hotspots.put(rows.getString(1), rows.getDouble(2));
                }
            }
        }
        return hotspots;
    }
}
