package dev.debtos.engine.rules;

import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.history.CouplingPair;
import dev.debtos.engine.imports.DependencyCycle;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * What rules look at: the measured files and their sources, clones, cycles, SATD comments, hotspots and change
 * coupling (empty without history), every path in the tree (for lock files and tests), and the thresholds.
 */
public record RuleContext(List<FileMetrics> files, Map<String, SourceFile> sources, List<CloneGroup> clones,
                          List<DependencyCycle> cycles, List<SatdComment> satd, List<Hotspot> hotspots,
                          List<CouplingPair> coupling, List<String> allPaths, RuleThresholds thresholds) {
}
