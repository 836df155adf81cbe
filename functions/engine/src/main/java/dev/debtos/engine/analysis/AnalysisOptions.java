package dev.debtos.engine.analysis;

import dev.debtos.engine.history.HistoryOptions;
import dev.debtos.engine.inventory.InventoryOptions;
import dev.debtos.engine.rules.RuleThresholds;

/**
 * How to analyse: what to include, the clone size, the history window (history off when {@code history} is null
 * or the tree is not a git repository), rule thresholds, and how many threads measure files.
 */
public record AnalysisOptions(InventoryOptions inventory, int minimumCloneTokens, HistoryOptions history,
                              RuleThresholds thresholds, int threads) {

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(InventoryOptions.defaults(), 100, HistoryOptions.defaults(), RuleThresholds.defaults(),
                Runtime.getRuntime().availableProcessors());
    }

    public AnalysisOptions withoutHistory() {
        return new AnalysisOptions(inventory, minimumCloneTokens, null, thresholds, threads);
    }
}
