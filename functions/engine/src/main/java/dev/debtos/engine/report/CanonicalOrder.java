package dev.debtos.engine.report;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.imports.DependencyCycle;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.suppression.SuppressedFinding;
import java.util.Comparator;
import java.util.List;

/**
 * The same result with every list in one fixed order, so that two analyses of the same tree serialise to the same
 * bytes whatever order parallel stages finished in. Maps are sorted by the serialiser; lists whose order carries
 * meaning (a cycle's files, a function list, the remediation plan's ranking) are kept as they are.
 */
final class CanonicalOrder {

    private static final Comparator<CloneLocation> LOCATION = Comparator.comparing(CloneLocation::path)
            .thenComparingInt(CloneLocation::startLine).thenComparingInt(CloneLocation::endLine);

    private CanonicalOrder() {
    }

    static AnalysisResult of(AnalysisResult result) {
        return new AnalysisResult(result.root(), result.commit(), result.analyzedAt(), result.inventory(),
                sorted(result.files(), Comparator.comparing(FileMetrics::path)),
                sorted(result.findings(), FindingRanking.BY_LOCATION),
                sorted(sorted(result.clones(), Comparator.comparingInt(CloneGroup::tokens)).stream()
                                .map(CanonicalOrder::withSortedLocations).toList(),
                        Comparator.comparingInt(CloneGroup::tokens).reversed()
                                .thenComparingInt(CloneGroup::lines).thenComparing(group -> group.locations().toString())),
                sorted(result.cycles(), Comparator.comparingInt((DependencyCycle cycle) -> cycle.files().size()).reversed()
                        .thenComparing(cycle -> String.join("\n", cycle.files()))),
                sorted(result.satd(), Comparator.comparing(SatdComment::path).thenComparingInt(SatdComment::line)
                        .thenComparing(SatdComment::marker).thenComparing(SatdComment::text)),
                sorted(result.hotspots(), Comparator.comparingDouble(Hotspot::score).reversed()
                        .thenComparing(Hotspot::path)),
                result.score(), result.stageMillis(),
                sorted(result.suppressed(), Comparator.comparing((SuppressedFinding s) -> s.finding(), FindingRanking.BY_LOCATION)));
    }

    private static CloneGroup withSortedLocations(CloneGroup group) {
        return new CloneGroup(group.tokens(), group.lines(), sorted(group.locations(), LOCATION), group.kind());
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        return list == null ? List.of() : list.stream().sorted(order).toList();
    }
}
