package dev.debtos.engine.rules;

import dev.debtos.engine.analysis.Hotspot;
import java.util.Arrays;
import java.util.List;

/**
 * When a file is a hotspot worth a finding. Its normalised score must reach the threshold, it must stand out within
 * its repository (at least twice the median commits and twice the median complexity of the files with history, so
 * nothing is a hotspot where everything changes alike), and it must pass absolute floors: {@value #MIN_COMMITS}
 * commits, {@value #MIN_CHURN} changed lines and twice the cyclomatic threshold in total complexity. One commit on
 * a tiny repository is no hotspot, however its normalised score comes out.
 */
record HotspotCriteria(double minScore, int minComplexity, double medianCommits, double medianComplexity) {
    static final int MIN_COMMITS = 4;
    static final int MIN_CHURN = 100;
    /** Critical needs this many commits besides a score of 0.6 or more. */
    static final int CRITICAL_COMMITS = 10;

    static HotspotCriteria of(RuleContext context) {
        List<Hotspot> hotspots = context.hotspots();
        return new HotspotCriteria(context.thresholds().hotspotScore(), 2 * context.thresholds().cyclomatic(),
                median(hotspots.stream().mapToInt(Hotspot::commits).toArray()),
                median(hotspots.stream().mapToInt(Hotspot::complexity).toArray()));
    }

    boolean qualifies(Hotspot hotspot) {
        return hotspot.score() >= minScore && hotspot.commits() >= MIN_COMMITS && hotspot.churn() >= MIN_CHURN
                && hotspot.complexity() >= minComplexity
                && hotspot.commits() >= 2 * medianCommits && hotspot.complexity() >= 2 * medianComplexity;
    }

    private static double median(int[] values) {
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}
