package dev.debtos.worker;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.engine.analysis.AnalysisStages;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.analysis.MeasurementCache;
import dev.debtos.worker.llm.LlmReview;
import dev.debtos.worker.llm.LlmReviewStage;
import dev.debtos.worker.llm.LlmSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The analysis port of the pipeline: the engine in production, a stub in failure-injection tests. */
@FunctionalInterface
public interface ScanAnalyzer {

    AnalysisResult analyze(Path root, ProgressListener progress) throws Exception;

    /** The same analysis reusing unchanged files' measurements (incremental scans); stubs ignore the cache. */
    default AnalysisResult analyze(Path root, MeasurementCache cache, ProgressListener progress) throws Exception {
        return analyze(root, progress);
    }

    /**
     * The analysis of a ledger scan, which may run stages with ports that need the scan's identity and settings (the
     * LLM review) and report figures for its stats through the subject; by default the same as without it.
     */
    default AnalysisResult analyze(ScanSubject subject, Path root, MeasurementCache cache, ProgressListener progress)
            throws Exception {
        return analyze(root, cache, progress);
    }

    /**
     * The engine plus the LLM review stage when {@code review} has a provider and the repository has a token budget;
     * the stage's figures (or why it was skipped) become the scan's {@code stats.llm}. Pull-request scans and other
     * callers without a subject get the engine alone.
     */
    static ScanAnalyzer engineWith(LlmReview review) {
        ScanAnalyzer engine = engine();
        return new ScanAnalyzer() {
            @Override
            public AnalysisResult analyze(Path root, ProgressListener progress) throws Exception {
                return engine.analyze(root, progress);
            }

            @Override
            public AnalysisResult analyze(Path root, MeasurementCache cache, ProgressListener progress) throws Exception {
                return engine.analyze(root, cache, progress);
            }

            @Override
            public AnalysisResult analyze(ScanSubject subject, Path root, MeasurementCache cache, ProgressListener progress) {
                Optional<LlmReviewStage> stage = review.stage(subject.scanId(), subject.repositoryId(),
                        subject.settingsJson(), List.of());
                List<AnalysisStage> stages = stage.<List<AnalysisStage>>map(s -> AnalysisStages.standardWith(List.of(s)))
                        .orElseGet(AnalysisStages::standard);
                AnalysisResult result = new Analyzer(stages).analyze(root,
                        AnalysisOptions.defaults().withMeasurementCache(cache), progress);
                LlmSummary summary = stage.flatMap(LlmReviewStage::summary)
                        .orElseGet(() -> LlmSummary.skipped(review.provider(), review.skipReason(subject.settingsJson())));
                subject.report("llm", LlmReview.statsJson(summary));
                return result;
            }
        };
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
