package dev.debtos.platform.scan;

import dev.debtos.engine.metrics.FunctionMetrics;
import java.util.List;
import java.util.UUID;

/**
 * One file_snapshots row and its function_metrics rows. {@code contentHash} is the file's git blob id;
 * {@code measurements} the engine's per-file measurement as JSON (null when not kept), reused by incremental scans.
 * {@code reusedFrom} (nullable) names an earlier snapshot of the same path and blob whose measurement this one reused:
 * its measurement JSON and function rows are identical, so {@link SnapshotStore} copies them inside the database
 * instead of sending them again.
 */
public record FileSnapshot(String path, String language, int loc, int complexity, int churn, double hotspotScore,
                           String contentHash, List<FunctionMetrics> functions, String measurements, UUID reusedFrom) {

    public FileSnapshot(String path, String language, int loc, int complexity, int churn, double hotspotScore,
                        String contentHash, List<FunctionMetrics> functions) {
        this(path, language, loc, complexity, churn, hotspotScore, contentHash, functions, null, null);
    }

    public FileSnapshot(String path, String language, int loc, int complexity, int churn, double hotspotScore,
                        String contentHash, List<FunctionMetrics> functions, String measurements) {
        this(path, language, loc, complexity, churn, hotspotScore, contentHash, functions, measurements, null);
    }
}
