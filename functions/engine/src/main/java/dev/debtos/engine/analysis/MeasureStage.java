package dev.debtos.engine.analysis;

import dev.debtos.engine.duplication.CloneDetector;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, lexes and measures every file in parallel (reusing the measurements of unchanged files when the options
 * carry a {@link MeasurementCache}), and hands each file's tokens to the clone detector.
 */
final class MeasureStage implements AnalysisStage {

    @Override
    public String name() {
        return "measure";
    }

    @Override
    public void run(AnalysisContext context) {
        AnalysisOptions options = context.options();
        List<MeasuredFile> measured = ParallelMeasure.run(context.inventory().files(), options.threads(),
                options.measurementCache(), context.progress());
        List<FileMetrics> files = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        List<SatdComment> satd = new ArrayList<>();
        CloneDetector clones = new CloneDetector(options.minimumCloneTokens());
        for (MeasuredFile m : measured) {
            if (m.skipped() != null) {
                context.skipped().merge(m.skipped(), 1, Integer::sum);
                continue;
            }
            files.add(m.metrics());
            sources.put(m.source().path(), m.source());
            satd.addAll(m.satd());
            clones.add(m.source().path(), m.tokens());
        }
        context.measured(measured, files, sources, clones);
        context.satd(satd);
    }
}
