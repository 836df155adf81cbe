package dev.debtos.worker;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.engine.analysis.AnalysisStages;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.analysis.MeasurementCache;
import java.nio.file.Path;
import java.util.List;

/** The analysis port of the pipeline: the engine in production, a stub in failure-injection tests. */
@FunctionalInterface
public interface ScanAnalyzer {

    AnalysisResult analyze(Path root, ProgressListener progress) throws Exception;

    /** The same analysis reusing unchanged files' measurements (incremental scans); stubs ignore the cache. */
    default AnalysisResult analyze(Path root, MeasurementCache cache, ProgressListener progress) throws Exception {
        return analyze(root, progress);
    }

    /** The analysis of one scan: the caller's stages of {@code scope} run too (stubs ignore the scope). */
    default AnalysisResult analyze(ScanScope scope, Path root, MeasurementCache cache, ProgressListener progress)
            throws Exception {
        return analyze(root, cache, progress);
    }

    /**
     * A revision of a pull-request scan: the engine's own stages only, under the repository's settings as a branch
     * scan of {@code scope} reads them (stubs ignore the scope).
     */
    default AnalysisResult analyzeRevision(ScanScope scope, Path root, ProgressListener progress) throws Exception {
        return analyze(root, progress);
    }

    /**
     * What of the scan's settings changes its result (include, exclude, thresholds), as text for the reuse key: an
     * earlier scan of the same tree under other settings is not reused. Empty for the defaults (and for stubs).
     */
    default String settingsKey(ScanScope scope) {
        return "";
    }

    /** The whole engine with its default options (history included when the tree is a git repository). */
    static ScanAnalyzer engine() {
        return engine(CallerStages.NONE);
    }

    /** The engine with the caller's stages of each scan ({@link AnalysisStages#standardWith}). */
    static ScanAnalyzer engine(CallerStages callerStages) {
        return engine(callerStages, ScanOptions.DEFAULTS);
    }

    /**
     * The engine with the caller's stages of each scan, and each scan's options: the engine's defaults as
     * {@code options} adapts them for the scan's repository (its include, exclude and thresholds settings).
     */
    static ScanAnalyzer engine(CallerStages callerStages, ScanOptions options) {
        return new ScanAnalyzer() {
            @Override
            public AnalysisResult analyze(Path root, ProgressListener progress) {
                return analyze(root, MeasurementCache.NONE, progress);
            }

            @Override
            public AnalysisResult analyze(Path root, MeasurementCache cache, ProgressListener progress) {
                return new Analyzer().analyze(root, AnalysisOptions.defaults().withMeasurementCache(cache), progress);
            }

            @Override
            public AnalysisResult analyzeRevision(ScanScope scope, Path root, ProgressListener progress) {
                return new Analyzer().analyze(root, options.of(scope, AnalysisOptions.defaults()), progress);
            }

            @Override
            public String settingsKey(ScanScope scope) {
                return options.key(scope);
            }

            @Override
            public AnalysisResult analyze(ScanScope scope, Path root, MeasurementCache cache, ProgressListener progress) {
                List<AnalysisStage> own = callerStages.of(scope);
                Analyzer analyzer = own.isEmpty() ? new Analyzer() : new Analyzer(AnalysisStages.standardWith(own));
                return analyzer.analyze(root, options.of(scope, AnalysisOptions.defaults()).withMeasurementCache(cache), progress);
            }
        };
    }

    /** How one scan analyses: the engine's options adapted to the scan's repository. */
    @FunctionalInterface
    interface ScanOptions {
        ScanOptions DEFAULTS = (scope, defaults) -> defaults;

        AnalysisOptions of(ScanScope scope, AnalysisOptions defaults);

        /** The settings {@link #of} applies, as text; empty when it applies none. */
        default String key(ScanScope scope) {
            return "";
        }
    }

    /** The stages with ports a scan adds to the engine's, built per scan. */
    @FunctionalInterface
    interface CallerStages {
        CallerStages NONE = scope -> List.of();

        List<AnalysisStage> of(ScanScope scope);

        /** These stages, then {@code next}'s. */
        default CallerStages then(CallerStages next) {
            return scope -> {
                List<AnalysisStage> both = new java.util.ArrayList<>(of(scope));
                both.addAll(next.of(scope));
                return both;
            };
        }
    }
}
