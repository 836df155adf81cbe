package dev.debtos.platform.scan;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Snapshots whose measurement an incremental scan reused ({@link FileSnapshot#reusedFrom()}): the row is written
 * with the new scan's values, but its measurement JSON is copied from the earlier snapshot inside the database (one
 * INSERT ... SELECT) instead of being sent again: for an unchanged repository that is megabytes of JSON. The copy is
 * identical to what a full write would store, because the earlier row was written from the same measurement.
 */
final class ReusedSnapshots {
    private ReusedSnapshots() {
    }

    /** Which of the earlier snapshots still exist (retention may have removed an old scan meanwhile). */
    static Set<UUID> present(Connection transaction, List<FileSnapshot> files) throws SQLException {
        UUID[] earlier = files.stream().map(FileSnapshot::reusedFrom).filter(id -> id != null).toArray(UUID[]::new);
        Set<UUID> present = new HashSet<>();
        if (earlier.length == 0) {
            return present;
        }
        try (PreparedStatement select = transaction.prepareStatement(
                "SELECT f.id FROM file_snapshots f WHERE f.id = ANY (?) AND f.measurements IS NOT NULL")) {
            select.setArray(1, transaction.createArrayOf("uuid", earlier));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return present;
    }

    /** Writes the snapshots (every {@code reusedFrom} present), copying their measurements. */
    static void copy(Connection transaction, UUID scanId, List<FileSnapshot> files) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        int n = files.size();
        Array newIds = transaction.createArrayOf("uuid", files.stream().map(file -> UUID.randomUUID()).toArray());
        Array earlierIds = transaction.createArrayOf("uuid", files.stream().map(FileSnapshot::reusedFrom).toArray());
        try (PreparedStatement rows = transaction.prepareStatement("""
                INSERT INTO file_snapshots (id, scan_id, path, language, loc, complexity, churn, hotspot_score, content_hash,
                                            measurements)
                SELECT m.id, ?, m.path, m.language, m.loc, m.complexity, m.churn, m.score, m.hash, e.measurements
                  FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::float8[], ?::text[])
                       AS m(id, earlier, path, language, loc, complexity, churn, score, hash)
                  JOIN file_snapshots e ON e.id = m.earlier""")) {
            rows.setObject(1, scanId);
            rows.setArray(2, newIds);
            rows.setArray(3, earlierIds);
            SnapshotColumns.MEASURED.bind(transaction, rows, 4, files);
            int written = rows.executeUpdate();
            if (written != n) { // present() was checked in this transaction; a gap would lose a file silently
                throw new SQLException("copied " + written + " of " + n + " reused snapshots");
            }
        }
    }
}
