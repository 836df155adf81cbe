package dev.debtos.platform.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Snapshots written whole: their rows as one {@code INSERT ... SELECT FROM unnest(...)} per {@value #FILES_PER_STATEMENT}
 * files, instead of one execution per row (a first scan of java.base writes ≈ 3,400 files), with the values of
 * {@link SnapshotColumns}. The measurements travel as one JSON array per statement, each file's JSON (or
 * {@code null}) an element of it, joined to the other columns by position: sent as array elements they were escaped
 * character by character on the way (java.base: 9.6 MB of JSON).
 */
final class SentSnapshots {
    private static final int FILES_PER_STATEMENT = 1_000;

    private SentSnapshots() {
    }

    static void insert(Connection transaction, UUID scanId, List<FileSnapshot> files) throws SQLException {
        try (PreparedStatement rows = transaction.prepareStatement("""
                INSERT INTO file_snapshots (id, scan_id, path, language, loc, complexity, churn, hotspot_score, content_hash,
                                            measurements)
                SELECT m.id, ?, m.path, m.language, m.loc, m.complexity, m.churn, m.score, m.hash,
                       CASE WHEN json_typeof(j.measurements) = 'null' THEN NULL ELSE j.measurements END
                  FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::float8[], ?::text[])
                       WITH ORDINALITY AS m(id, path, language, loc, complexity, churn, score, hash, n)
                  JOIN json_array_elements(?::json) WITH ORDINALITY AS j(measurements, n) ON j.n = m.n""")) {
            for (int from = 0; from < files.size(); from += FILES_PER_STATEMENT) {
                List<FileSnapshot> chunk = files.subList(from, Math.min(files.size(), from + FILES_PER_STATEMENT));
                UUID[] ids = new UUID[chunk.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = UUID.randomUUID();
                }
                rows.setObject(1, scanId);
                rows.setArray(2, transaction.createArrayOf("uuid", ids));
                int next = SnapshotColumns.MEASURED.bind(transaction, rows, 3, chunk);
                rows.setString(next, measurements(chunk));
                rows.executeUpdate();
            }
        }
    }

    /** The files' measurement JSON as the elements of one JSON array, {@code null} for a file without one. */
    private static String measurements(List<FileSnapshot> files) {
        StringBuilder array = new StringBuilder(files.stream()
                .mapToInt(file -> file.measurements() == null ? 5 : file.measurements().length() + 1).sum() + 2);
        array.append('[');
        for (FileSnapshot file : files) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append(file.measurements() == null ? "null" : file.measurements());
        }
        return array.append(']').toString();
    }
}
