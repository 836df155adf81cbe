package dev.debtos.engine.analysis;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.duplication.CloneDetector;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.history.HistoryReport;
import dev.debtos.engine.imports.DependencyCycle;
import dev.debtos.engine.inventory.Inventory;
import dev.debtos.engine.inventory.InventoryScanner;
import dev.debtos.engine.inventory.SkipReason;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.rules.Rule;
import dev.debtos.engine.rules.RuleContext;
import dev.debtos.engine.rules.Rules;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.scoring.Scoring;
import dev.debtos.engine.source.SourceFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole analysis of a working tree, pure apart from reading the tree (and its .git when history is on):
 * inventory → measure (parallel) → duplication → dependency cycles → history → hotspots → rules → scores.
 * The CLI, the local runtime and the scan worker all call this one method.
 */
public final class Analyzer {

    public AnalysisResult analyze(Path root, AnalysisOptions options, ProgressListener progress) {
        return analyze(root, options, progress, MeasurementCache.NONE);
    }

    /** The same analysis, reusing per-file measurements of unchanged files; the result is identical. */
    public AnalysisResult analyze(Path root, AnalysisOptions options, ProgressListener progress, MeasurementCache cache) {
        StageClock clock = new StageClock();
        progress.update("inventory", 0, 1);
        Inventory inventory = InventoryScanner.scan(root, options.inventory());
        progress.update("inventory", 1, 1);
        clock.lap("inventory");

        List<MeasuredFile> measured = ParallelMeasure.run(inventory.files(), options.threads(), cache, progress);
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        skipped.putAll(inventory.skipped());
        List<FileMetrics> files = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        List<SatdComment> satd = new ArrayList<>();
        CloneDetector clones = new CloneDetector(options.minimumCloneTokens());
        for (MeasuredFile m : measured) {
            if (m.skipped() != null) {
                skipped.merge(m.skipped(), 1, Integer::sum);
                continue;
            }
            files.add(m.metrics());
            sources.put(m.source().path(), m.source());
            satd.addAll(m.satd());
            clones.add(m.source().path(), m.tokens());
        }
        clock.lap("measure");

        progress.update("duplication", 0, 1);
        List<CloneGroup> cloneGroups = clones.detect();
        progress.update("duplication", 1, 1);
        clock.lap("duplication");

        progress.update("dependencies", 0, 1);
        List<DependencyCycle> cycles = DependencyStage.cycles(inventory.root(), measured, inventory.allPaths());
        progress.update("dependencies", 1, 1);
        clock.lap("dependencies");

        HistoryReport history = HistoryStage.mine(inventory.root(), options.history(), progress);
        List<SatdComment> attributedSatd = HistoryStage.attribute(inventory.root(), history, satd, progress);
        clock.lap("history");

        List<Hotspot> hotspots = Scoring.hotspots(files, history);
        var coupling = history == null ? List.<dev.debtos.engine.history.CouplingPair>of() : history.coupling();
        RuleContext context = new RuleContext(files, sources, cloneGroups, cycles, attributedSatd, hotspots, coupling,
                inventory.allPaths(), options.thresholds());
        List<Finding> findings = new ArrayList<>();
        List<Rule> rules = Rules.all();
        for (int i = 0; i < rules.size(); i++) {
            progress.update("rules", i, rules.size());
            findings.addAll(rules.get(i).check(context));
        }
        progress.update("rules", rules.size(), rules.size());
        clock.lap("rules");

        List<Finding> prioritised = Scoring.prioritise(findings, hotspots, coupling);
        long codeLines = files.stream().mapToLong(FileMetrics::codeLines).sum();
        DebtScore score = Scoring.score(prioritised, codeLines);
        clock.lap("score");

        Path name = inventory.root().getFileName();
        return new AnalysisResult(name == null ? "/" : name.toString(), history == null ? null : history.headCommit(),
                Instant.now(), summary(files, skipped), files, prioritised, cloneGroups, cycles, attributedSatd, hotspots,
                score, clock.laps());
    }

    private static InventorySummary summary(List<FileMetrics> files, Map<SkipReason, Integer> skipped) {
        Map<String, Integer> byLanguage = new LinkedHashMap<>();
        Map<String, Integer> linesByLanguage = new LinkedHashMap<>();
        for (FileMetrics f : files) {
            byLanguage.merge(f.language().displayName(), 1, Integer::sum);
            linesByLanguage.merge(f.language().displayName(), f.codeLines(), Integer::sum);
        }
        Map<String, Integer> skippedByReason = new LinkedHashMap<>();
        skipped.forEach((reason, count) -> skippedByReason.put(reason.key(), count));
        return new InventorySummary(files.size(), byLanguage, linesByLanguage, skippedByReason);
    }

    /** Wall time per stage, in the order the stages ran. */
    private static final class StageClock {
        private final Map<String, Long> laps = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, (now - last) / 1_000_000);
            last = now;
        }

        Map<String, Long> laps() {
            return laps;
        }
    }
}
