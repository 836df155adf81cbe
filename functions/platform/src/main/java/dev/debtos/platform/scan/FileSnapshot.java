package dev.debtos.platform.scan;

import dev.debtos.engine.metrics.FunctionMetrics;
import java.util.List;

/** One file_snapshots row and its function_metrics rows. {@code contentHash} is the file's git blob id. */
public record FileSnapshot(String path, String language, int loc, int complexity, int churn, double hotspotScore,
                           String contentHash, List<FunctionMetrics> functions) {
}
