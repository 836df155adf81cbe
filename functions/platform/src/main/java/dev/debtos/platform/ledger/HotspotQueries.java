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
 * Files ranked by hotspot score, from the latest completed scan's file snapshots. {@code score} is the score the
 * engine computed and the scan stored ((commits / max commits) × (complexity / max complexity), 0..1), the same number
 * the hotspot findings show; files scoring 0 are no hotspot and are left out. {@code openFindings} counts the file's
 * unresolved items.
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
                    SELECT f.path, f.language, f.loc, f.churn, f.complexity, f.hotspot_score,
                           (SELECT count(*) FROM debt_items d WHERE d.repository_id = ? AND d.path = f.path AND %s) AS open
                      FROM file_snapshots f
                     WHERE f.scan_id = ? AND f.hotspot_score > 0
                     ORDER BY f.hotspot_score DESC, f.path LIMIT ?""".formatted(DebtVocabulary.UNRESOLVED_SQL))) {
                select.setObject(1, repositoryId);
                select.setObject(2, scan.get().id());
                select.setInt(3, limit);
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
