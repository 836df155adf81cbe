package dev.debtos.platform.scan;

import dev.debtos.platform.db.UnnestColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Snapshots written whole: their rows as one {@code INSERT ... SELECT FROM unnest(...)} per {@value #FILES_PER_STATEMENT}
 * files, instead of one execution per row (a first scan of java.base writes ≈ 3,400 files), with the values of
 * {@link SnapshotColumns} and the measurement JSON.
 */
final class SentSnapshots {
    private static final int FILES_PER_STATEMENT = 1_000;
    private static final UnnestColumns<FileSnapshot> ROWS = SnapshotColumns.MEASURED.and("text", FileSnapshot::measurements);

    private SentSnapshots() {
    }

    static void insert(Connection transaction, UUID scanId, List<FileSnapshot> files) throws SQLException {
        try (PreparedStatement rows = transaction.prepareStatement("""
                INSERT INTO file_snapshots (id, scan_id, path, language, loc, complexity, churn, hotspot_score, content_hash,
                                            measurements)
                SELECT m.id, ?, m.path, m.language, m.loc, m.complexity, m.churn, m.score, m.hash, m.measurements::json
                  FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::float8[], ?::text[], ?::text[])
                       AS m(id, path, language, loc, complexity, churn, score, hash, measurements)""")) {
            for (int from = 0; from < files.size(); from += FILES_PER_STATEMENT) {
                List<FileSnapshot> chunk = files.subList(from, Math.min(files.size(), from + FILES_PER_STATEMENT));
                UUID[] ids = new UUID[chunk.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = UUID.randomUUID();
                }
                rows.setObject(1, scanId);
                rows.setArray(2, transaction.createArrayOf("uuid", ids));
                ROWS.bind(transaction, rows, 3, chunk);
                rows.executeUpdate();
            }
        }
    }
}
