package dev.debtos.worker.pr;

import dev.debtos.engine.findings.Severity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What a PR scan reads from the database: the repository's PR settings, and the base commit's findings when a
 * completed scan can stand in for analysing it again.
 *
 * <p>A completed scan's findings are only recoverable from the ledger while it is the repository's latest
 * ledger-writing scan (not a PR scan): the items it saw then carry its id as {@code last_seen_scan_id}, and its
 * file snapshots hold the hotspot scores. A later ledger scan moves {@code last_seen_scan_id} on, so in every other
 * case the base is analysed.
 */
public final class PullRequestStore {
    private final DataSource dataSource;

    public PullRequestStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public PullRequestSettings settings(UUID repositoryId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT settings::text FROM repositories WHERE id = ?")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? PullRequestSettings.parse(rows.getString(1)) : PullRequestSettings.defaults();
            }
        }
    }

    /**
     * False when a later PR scan of the same pull request exists (a newer push): an older scan finishing late must not
     * overwrite the newer result in the PR comment.
     */
    public boolean isNewest(UUID scanId, UUID repositoryId, int prNumber) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT NOT EXISTS (SELECT 1 FROM scans later, scans this
                                         WHERE this.id = ? AND later.repository_id = ? AND later.pr_number = ?
                                           AND later.trigger = 'webhook_pr' AND later.status <> 'cancelled'
                                           AND (later.created_at, later.id) > (this.created_at, this.id))""")) {
            select.setObject(1, scanId);
            select.setObject(2, repositoryId);
            select.setInt(3, prNumber);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** The base's findings and hotspots from the latest ledger scan when it scanned {@code baseSha}; else empty. */
    public Optional<RevisionFindings> reusableBase(UUID repositoryId, String baseSha) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // one snapshot of the database: a ledger scan committing meanwhile cannot mix two scans' data
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                Optional<UUID> scan = latestLedgerScanAt(connection, repositoryId, baseSha);
                Optional<RevisionFindings> base = scan.isEmpty() ? Optional.empty()
                        : Optional.of(new RevisionFindings(baseSha, findings(connection, repositoryId, scan.get()),
                                hotspots(connection, scan.get()), RevisionFindings.REUSED));
                connection.commit();
                return base;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }

    private static Optional<UUID> latestLedgerScanAt(Connection connection, UUID repositoryId, String baseSha) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, commit_sha FROM scans
                 WHERE repository_id = ? AND status = 'completed' AND trigger <> 'webhook_pr'
                 ORDER BY finished_at DESC, id DESC LIMIT 1""")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && baseSha.equals(rows.getString(2)) ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static Map<String, FindingView> findings(Connection connection, UUID repositoryId, UUID scanId) throws SQLException {
        Map<String, FindingView> findings = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT fingerprint, rule_key, type, severity, COALESCE(path, ''), COALESCE(start_line, 0),
                       COALESCE(end_line, start_line, 0), COALESCE(message, title)
                  FROM debt_items WHERE repository_id = ? AND last_seen_scan_id = ?""")) {
            select.setObject(1, repositoryId);
            select.setObject(2, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    findings.put(rows.getString(1), new FindingView(rows.getString(1), rows.getString(2), rows.getString(3),
                            Severity.fromKey(rows.getString(4)), rows.getString(5), rows.getInt(6), rows.getInt(7),
                            FindingView.firstLine(rows.getString(8))));
                }
            }
        }
        return findings;
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
