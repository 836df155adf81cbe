package dev.debtos.worker;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Analyzer;
import java.nio.file.Path;

/** The analysis port of the pipeline: the engine in production, a stub in failure-injection tests. */
@FunctionalInterface
public interface ScanAnalyzer {

    AnalysisResult analyze(Path root, ProgressListener progress) throws Exception;

    /** The whole engine with its default options (history included when the tree is a git repository). */
    static ScanAnalyzer engine() {
        return (root, progress) -> new Analyzer().analyze(root, AnalysisOptions.defaults(), progress);
    }
}
