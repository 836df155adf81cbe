package dev.debtos.engine.analysis;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.duplication.CloneGroup;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole analysis of a working tree: runs its stages in order over one shared {@link AnalysisContext} and times
 * each of them. Pure apart from reading the tree (and its .git when history is on), unless a caller adds stages of
 * its own with ports. The CLI, the local runtime and the scan worker all call {@link #analyze}.
 */
public final class Analyzer {
    private final List<AnalysisStage> stages;

    /** The standard stages ({@link AnalysisStages#standard()}). */
    public Analyzer() {
        this(AnalysisStages.standard());
    }

    public Analyzer(List<AnalysisStage> stages) {
        this.stages = List.copyOf(stages);
    }

    public AnalysisResult analyze(Path root, AnalysisOptions options, ProgressListener progress) {
        AnalysisContext context = new AnalysisContext(root, options, progress);
        Map<String, Long> stageMillis = new LinkedHashMap<>();
        for (AnalysisStage stage : stages) {
            long start = System.nanoTime();
            stage.run(context);
            stageMillis.merge(stage.name(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
        List<CloneGroup> clones = context.clones();
        context.backgroundMillis().forEach((stage, millis) -> stageMillis.merge(stage, millis, Long::sum));
        Path name = context.root().getFileName();
        return new AnalysisResult(name == null ? "/" : name.toString(),
                context.history() == null ? null : context.history().headCommit(), Instant.now(),
                InventorySummary.of(context.files(), context.skipped()), context.files(), context.findings(),
                clones, context.cycles(), context.satd(), context.hotspots(), context.score(), stageMillis,
                context.suppressed());
    }
}
