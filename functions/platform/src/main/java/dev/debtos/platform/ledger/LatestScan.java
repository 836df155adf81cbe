package dev.debtos.platform.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The repository's most recent completed ledger scan: the one whose file snapshots describe the code the ledger
 * describes. Pull-request scans (pr_number set) snapshot a PR's head and leave the ledger alone, so they are skipped.
 */
record LatestScan(UUID id, Instant finishedAt) {

    static Optional<LatestScan> of(Connection connection, UUID repositoryId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, finished_at FROM scans WHERE repository_id = ? AND status = 'completed' AND pr_number IS NULL
                 ORDER BY created_at DESC LIMIT 1""")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new LatestScan(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        }
    }
}
