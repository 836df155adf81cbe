package dev.debtos.engine.report;

import dev.debtos.engine.findings.Finding;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which reports present findings: highest priority first, then the worse severity, then the finding
 * further past its threshold, then by place, so the order is total.
 */
final class FindingRanking {

    static final Comparator<Finding> BY_PRIORITY = Comparator.comparingDouble(Finding::priority).reversed()
            .thenComparing(Finding::severity)
            .thenComparing(Comparator.comparingDouble(Finding::excess).reversed())
            .thenComparing(FindingRanking::pathOf)
            .thenComparingInt(Finding::startLine)
            .thenComparing(Finding::ruleKey, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::fingerprint, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Order by location, for listings that follow the tree (report.json). */
    static final Comparator<Finding> BY_LOCATION = Comparator.comparing(FindingRanking::pathOf)
            .thenComparingInt(Finding::startLine)
            .thenComparingInt(Finding::endLine)
            .thenComparing(Finding::ruleKey, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::fingerprint, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::message, Comparator.nullsFirst(Comparator.naturalOrder()));

    private FindingRanking() {
    }

    static List<Finding> top(List<Finding> findings, int limit) {
        return findings.stream().sorted(BY_PRIORITY).limit(limit).toList();
    }

    /** Repository-wide findings have an empty path; null is read the same way. */
    static String pathOf(Finding finding) {
        return finding.path() == null ? "" : finding.path();
    }
}
