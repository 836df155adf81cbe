package dev.debtos.worker.incremental;

import dev.debtos.engine.analysis.FileMeasurements;
import dev.debtos.engine.analysis.MeasurementCache;
import dev.debtos.platform.scan.MeasurementStore.Stored;
import dev.debtos.platform.scan.MeasurementStore;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The incremental scan's memory: the per-file measurements of the repository's last completed scan measured by the
 * same engine build, by path and blob id. A file with the same path and blob is not measured again; every other
 * file is. It also collects what this scan measured (the JSON of a reused file is kept as it was), for the
 * ledger stage to store.
 */
public final class PreviousMeasurements implements MeasurementCache {

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

    /** @param previous the earlier scan's stored measurements by path ({@link MeasurementStore#latest}) */
    public PreviousMeasurements(Map<String, Stored> previous) {
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
