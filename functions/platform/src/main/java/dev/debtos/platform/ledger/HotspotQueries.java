package dev.debtos.platform.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Files ranked by churn × complexity, from the latest completed scan's file snapshots. {@code score} is
 * (churn / max churn) × (complexity / max complexity) over that scan's files, 0..1, rounded to 4 places; files
 * where either is 0 are no hotspot and are left out. {@code openFindings} counts the file's unresolved items.
 */
public final class HotspotQueries {
    private final DataSource dataSource;

    public HotspotQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record FileHotspot(String path, String language, int loc, int churn, int complexity, double score, long openFindings) {
    }

    public record Hotspots(UUID repositoryId, UUID scanId, List<FileHotspot> items) {
    }

    public Hotspots hotspots(UUID repositoryId, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<LatestScan> scan = LatestScan.of(connection, repositoryId);
            if (scan.isEmpty()) {
                return new Hotspots(repositoryId, null, List.of());
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    WITH maxes AS (SELECT greatest(max(churn), 1) AS churn, greatest(max(complexity), 1) AS complexity
                                     FROM file_snapshots WHERE scan_id = ?)
                    SELECT f.path, f.language, f.loc, f.churn, f.complexity,
                           round((f.churn::numeric / m.churn) * (f.complexity::numeric / m.complexity), 4) AS score,
                           (SELECT count(*) FROM debt_items d WHERE d.repository_id = ? AND d.path = f.path AND %s) AS open
                      FROM file_snapshots f CROSS JOIN maxes m
                     WHERE f.scan_id = ? AND f.churn > 0 AND f.complexity > 0
                     ORDER BY f.churn::bigint * f.complexity DESC, f.path LIMIT ?""".formatted(DebtVocabulary.UNRESOLVED_SQL))) {
                select.setObject(1, scan.get().id());
                select.setObject(2, repositoryId);
                select.setObject(3, scan.get().id());
                select.setInt(4, limit);
                List<FileHotspot> items = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new FileHotspot(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                                rows.getInt(5), rows.getDouble(6), rows.getLong(7)));
                    }
                }
                return new Hotspots(repositoryId, scan.get().id(), items);
            }
        }
    }
}
