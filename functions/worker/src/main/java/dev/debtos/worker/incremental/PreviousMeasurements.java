package dev.debtos.worker.incremental;

import dev.debtos.engine.analysis.FileMeasurements;
import dev.debtos.engine.analysis.MeasurementCache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The incremental scan's memory: the per-file measurements of the repository's last completed scan measured by the
 * same engine build, by path and blob id. A file with the same path and blob is not measured again; every other
 * file is. It also collects what this scan measured (the JSON of a reused file is kept as it was), for the
 * ledger stage to store.
 */
public final class PreviousMeasurements implements MeasurementCache {
    private record Stored(String blobId, String json, UUID snapshotId) {
    }

    /**
     * One measured file of this scan: its blob id and measurement JSON, and the earlier snapshot it was reused from
     * (null when measured now, or when the earlier one is not a stored snapshot).
     */
    public record Measured(String blobId, String json, UUID reusedFrom) {
        public Measured(String blobId, String json) {
            this(blobId, json, null);
        }
    }

    private final Map<String, Stored> previous;
    private final Map<String, Measured> current = new ConcurrentHashMap<>();
    private final Map<String, Stored> reusedRows = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    PreviousMeasurements(Map<String, Stored> previous) {
        this.previous = previous;
    }

    /** What an earlier scan measured, as {@link #measuredFiles()} gave it (tests and in-memory callers). */
    public static PreviousMeasurements of(Map<String, Measured> earlier) {
        Map<String, Stored> rows = new HashMap<>();
        earlier.forEach((path, m) -> rows.put(path, new Stored(m.blobId(), m.json(), null)));
        return new PreviousMeasurements(rows);
    }

    /** Nothing to reuse (a first scan): every file is measured, and collected. */
    public static PreviousMeasurements none() {
        return new PreviousMeasurements(Map.of());
    }

    public static PreviousMeasurements load(DataSource dataSource, UUID repositoryId) throws SQLException {
        Map<String, Stored> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT f.path, f.content_hash, f.measurements::text, f.id FROM file_snapshots f
                      WHERE f.measurements IS NOT NULL AND f.scan_id = (
                            SELECT s.id FROM scans s WHERE s.repository_id = ? AND s.status = 'completed'
                             ORDER BY s.finished_at DESC LIMIT 1)
                        AND (SELECT s.stats ->> 'measuredBy' FROM scans s WHERE s.id = f.scan_id) = ?""")) {
            select.setObject(1, repositoryId);
            select.setString(2, MeasurementCodec.ENGINE);
            select.setFetchSize(1000);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), new Stored(result.getString(2), result.getString(3),
                            result.getObject(4, UUID.class)));
                }
            }
        }
        return new PreviousMeasurements(rows);
    }

    @Override
    public FileMeasurements find(String path, String blobId) {
        Stored stored = previous.get(path);
        if (stored == null || !stored.blobId().equals(blobId)) {
            return null;
        }
        FileMeasurements measurements = MeasurementCodec.read(stored.json());
        if (measurements != null) {
            reusedRows.put(path, stored);
        }
        return measurements;
    }

    @Override
    public void measured(String path, String blobId, FileMeasurements measurements) {
        Stored earlier = reusedRows.remove(path);
        if (earlier != null) {
            reused.incrementAndGet();
            current.put(path, new Measured(blobId, earlier.json(), earlier.snapshotId()));
        } else {
            current.put(path, new Measured(blobId, MeasurementCodec.write(measurements)));
        }
    }

    /** This scan's measured files by path. */
    public Map<String, Measured> measuredFiles() {
        return current;
    }

    /** Files whose measurements came from the previous scan. */
    public int reusedFiles() {
        return reused.get();
    }
}
