package dev.debtos.engine.analysis;

import dev.debtos.engine.duplication.CloneDetector;
import dev.debtos.engine.imports.FileImports;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, lexes and measures every file in parallel (reusing the measurements of unchanged files when the options
 * carry a {@link MeasurementCache}), and hands each file's tokens to the clone detector as the files come in, in
 * inventory order; the tokens are then dropped, and the source kept compact for the rules' excerpts.
 */
final class MeasureStage implements AnalysisStage {

    @Override
    public String name() {
        return "measure";
    }

    @Override
    public void run(AnalysisContext context) {
        AnalysisOptions options = context.options();
        List<FileMetrics> files = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        List<SatdComment> satd = new ArrayList<>();
        List<FileImports> imports = new ArrayList<>();
        CloneDetector clones = new CloneDetector(options.minimumCloneTokens());
        ParallelMeasure.run(context.inventory().files(), options.threads(), options.measurementCache(), context.progress(),
                m -> {
                    if (m.skipped() != null) {
                        context.skipped().merge(m.skipped(), 1, Integer::sum);
                        return;
                    }
                    files.add(m.metrics());
                    sources.put(m.source().path(), m.source().compact());
                    satd.addAll(m.satd());
                    if (m.imports() != null) {
                        imports.add(m.imports());
                    }
                    clones.add(m.source().path(), m.tokens());
                });
        context.measured(imports, files, sources, clones);
        context.satd(satd);
    }
}
