package dev.debtos.platform.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The per-file measurements an incremental scan reuses: those of the repository's latest completed scan that writes
 * the ledger (pull-request scans keep no measurements), when that scan was measured by the same engine build
 * ({@code stats.measuredBy}).
 */
public final class MeasurementStore {
    /** One file's stored measurement: its blob id, measurement JSON and the snapshot row holding them. */
    public record Stored(String blobId, String json, UUID snapshotId) {
    }

    private final DataSource dataSource;

    public MeasurementStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** By path; empty when there is no such scan or it was measured by another engine build. */
    public Map<String, Stored> latest(UUID repositoryId, String engineBuild) throws SQLException {
        Map<String, Stored> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT f.path, f.content_hash, f.measurements::text, f.id
                       FROM scans s JOIN file_snapshots f ON f.scan_id = s.id
                      WHERE s.id = (%s) AND s.stats ->> 'measuredBy' = ? AND f.measurements IS NOT NULL"""
                     .formatted(ScanStore.LATEST_LEDGER_SCAN))) {
            select.setObject(1, repositoryId);
            select.setString(2, engineBuild);
            select.setFetchSize(1000);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), new Stored(result.getString(2), result.getString(3),
                            result.getObject(4, UUID.class)));
                }
            }
        }
        return rows;
    }
}
