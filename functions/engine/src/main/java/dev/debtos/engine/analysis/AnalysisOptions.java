package dev.debtos.engine.analysis;

import dev.debtos.engine.history.HistoryOptions;
import dev.debtos.engine.inventory.FileRoles;
import dev.debtos.engine.inventory.InventoryOptions;
import dev.debtos.engine.rules.RuleThresholds;
import dev.debtos.engine.suppression.IgnoreRule;
import java.util.List;

/**
 * How to analyse: what to include, the clone size, the history window (history off when {@code history} is null
 * or the tree is not a git repository), rule thresholds, how many threads measure files, and the measurements of
 * earlier analyses to reuse for unchanged files ({@link MeasurementCache#NONE}: none), and the globs that say which
 * files are test, example, generated or vendored code beyond the naming conventions, and the repository settings'
 * suppressions.
 */
public record AnalysisOptions(InventoryOptions inventory, int minimumCloneTokens, HistoryOptions history,
                              RuleThresholds thresholds, int threads, MeasurementCache measurementCache,
                              FileRoles fileRoles, List<IgnoreRule> ignores) {

    public AnalysisOptions {
        measurementCache = measurementCache == null ? MeasurementCache.NONE : measurementCache;
        fileRoles = fileRoles == null ? FileRoles.conventions() : fileRoles;
        ignores = ignores == null ? List.of() : List.copyOf(ignores);
    }

    public AnalysisOptions(InventoryOptions inventory, int minimumCloneTokens, HistoryOptions history,
                           RuleThresholds thresholds, int threads, MeasurementCache measurementCache) {
        this(inventory, minimumCloneTokens, history, thresholds, threads, measurementCache, FileRoles.conventions(), List.of());
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
        return new AnalysisOptions(inventory, minimumCloneTokens, null, thresholds, threads, measurementCache, fileRoles, ignores);
    }

    /** The same options, reusing {@code cache}'s measurements of unchanged files (the result is identical). */
    public AnalysisOptions withMeasurementCache(MeasurementCache cache) {
        return new AnalysisOptions(inventory, minimumCloneTokens, history, thresholds, threads, cache, fileRoles, ignores);
    }

    /** The same options with the repository settings' suppressions ({@code ignore: [{rule, path, reason}]}). */
    public AnalysisOptions withIgnores(List<IgnoreRule> rules) {
        return new AnalysisOptions(inventory, minimumCloneTokens, history, thresholds, threads, measurementCache, fileRoles, rules);
    }

    /** The same options with per-role globs that win over the naming conventions (test, example, generated...). */
    public AnalysisOptions withFileRoles(FileRoles roles) {
        return new AnalysisOptions(inventory, minimumCloneTokens, history, thresholds, threads, measurementCache, roles, ignores);
    }
}
