package dev.debtos.worker;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.analysis.MeasurementCache;
import java.nio.file.Path;

/** The analysis port of the pipeline: the engine in production, a stub in failure-injection tests. */
@FunctionalInterface
public interface ScanAnalyzer {

    AnalysisResult analyze(Path root, ProgressListener progress) throws Exception;

    /** The same analysis reusing unchanged files' measurements (incremental scans); stubs ignore the cache. */
    default AnalysisResult analyze(Path root, MeasurementCache cache, ProgressListener progress) throws Exception {
        return analyze(root, progress);
    }

    /** The whole engine with its default options (history included when the tree is a git repository). */
    static ScanAnalyzer engine() {
        return new ScanAnalyzer() {
            @Override
            public AnalysisResult analyze(Path root, ProgressListener progress) {
                return analyze(root, MeasurementCache.NONE, progress);
            }

            @Override
            public AnalysisResult analyze(Path root, MeasurementCache cache, ProgressListener progress) {
                return new Analyzer().analyze(root, AnalysisOptions.defaults().withMeasurementCache(cache), progress);
            }
        };
    }
}
