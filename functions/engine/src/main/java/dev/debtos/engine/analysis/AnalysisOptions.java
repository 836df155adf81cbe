package dev.debtos.engine.analysis;

import dev.debtos.engine.history.HistoryOptions;
import dev.debtos.engine.inventory.InventoryOptions;
import dev.debtos.engine.rules.RuleThresholds;

/**
 * How to analyse: what to include, the clone size, the history window (history off when {@code history} is null
 * or the tree is not a git repository), rule thresholds, how many threads measure files, and the measurements of
 * earlier analyses to reuse for unchanged files ({@link MeasurementCache#NONE}: none).
 */
public record AnalysisOptions(InventoryOptions inventory, int minimumCloneTokens, HistoryOptions history,
                              RuleThresholds thresholds, int threads, MeasurementCache measurementCache) {

    public AnalysisOptions {
        measurementCache = measurementCache == null ? MeasurementCache.NONE : measurementCache;
    }

    public AnalysisOptions(InventoryOptions inventory, int minimumCloneTokens, HistoryOptions history,
                           RuleThresholds thresholds, int threads) {
        this(inventory, minimumCloneTokens, history, thresholds, threads, MeasurementCache.NONE);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(InventoryOptions.defaults(), 100, HistoryOptions.defaults(), RuleThresholds.defaults(),
                Runtime.getRuntime().availableProcessors());
    }

    public AnalysisOptions withoutHistory() {
        return new AnalysisOptions(inventory, minimumCloneTokens, null, thresholds, threads, measurementCache);
    }

    /** The same options, reusing {@code cache}'s measurements of unchanged files (the result is identical). */
    public AnalysisOptions withMeasurementCache(MeasurementCache cache) {
        return new AnalysisOptions(inventory, minimumCloneTokens, history, thresholds, threads, cache);
    }
}
