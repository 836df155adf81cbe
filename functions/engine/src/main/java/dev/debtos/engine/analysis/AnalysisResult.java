package dev.debtos.engine.analysis;

import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.imports.DependencyCycle;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.suppression.SuppressedFinding;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one analysis of a working tree produced; the report writers and the scan worker read it.
 *
 * @param root        the analysed directory's name (not its absolute path: reports travel)
 * @param commit      HEAD commit when the tree is a git repository, else null
 * @param stageMillis wall time per stage, in the order the stages ran (inventory, measure, duplication, dependencies,
 *                    history, rules, score, and any stage a caller added)
 * @param suppressed  findings an inline comment, {@code .debt-os.yml} or the repository settings suppressed, with what
 *                    suppressed them: counted and listed, never in {@code findings} or the score
 */
public record AnalysisResult(String root, String commit, Instant analyzedAt, InventorySummary inventory,
                             List<FileMetrics> files, List<Finding> findings, List<CloneGroup> clones,
                             List<DependencyCycle> cycles, List<SatdComment> satd, List<Hotspot> hotspots,
                             DebtScore score, Map<String, Long> stageMillis, List<SuppressedFinding> suppressed) {

    public AnalysisResult {
        suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
    }

    /** A result with no suppressed findings. */
    public AnalysisResult(String root, String commit, Instant analyzedAt, InventorySummary inventory,
                          List<FileMetrics> files, List<Finding> findings, List<CloneGroup> clones,
                          List<DependencyCycle> cycles, List<SatdComment> satd, List<Hotspot> hotspots,
                          DebtScore score, Map<String, Long> stageMillis) {
        this(root, commit, analyzedAt, inventory, files, findings, clones, cycles, satd, hotspots, score, stageMillis, List.of());
    }
}
