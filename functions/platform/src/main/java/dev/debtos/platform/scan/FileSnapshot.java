package dev.debtos.platform.scan;

import dev.debtos.engine.metrics.FunctionMetrics;
import java.util.List;

/**
 * One file_snapshots row and its function_metrics rows. {@code contentHash} is the file's git blob id;
 * {@code measurements} the engine's per-file measurement as JSON (null when not kept), reused by incremental scans.
 */
public record FileSnapshot(String path, String language, int loc, int complexity, int churn, double hotspotScore,
                           String contentHash, List<FunctionMetrics> functions, String measurements) {

    public FileSnapshot(String path, String language, int loc, int complexity, int churn, double hotspotScore,
                        String contentHash, List<FunctionMetrics> functions) {
        this(path, language, loc, complexity, churn, hotspotScore, contentHash, functions, null);
    }
}
