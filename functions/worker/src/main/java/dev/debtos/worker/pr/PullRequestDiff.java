package dev.debtos.worker.pr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a PR changes, by finding identity: fingerprints in head and not in base are <b>added</b>, in base and not in
 * head <b>removed</b> (fingerprints ignore line numbers, so moved code is neither). The hotspot delta lists the
 * files whose score rose by more than {@value #MIN_RISE}, biggest rise first. Added and removed are ordered by
 * severity, then path and line.
 */
public record PullRequestDiff(List<FindingView> added, List<FindingView> removed, List<HotspotChange> hotspotDelta) {
    static final double MIN_RISE = 0.001;
    private static final Comparator<FindingView> ORDER = Comparator.comparing(FindingView::severity)
            .thenComparing(FindingView::path).thenComparingInt(FindingView::line).thenComparing(FindingView::ruleKey);

    public static PullRequestDiff between(RevisionFindings base, RevisionFindings head) {
        List<FindingView> added = only(head.findings(), base.findings());
        List<FindingView> removed = only(base.findings(), head.findings());
        List<HotspotChange> delta = new ArrayList<>();
        head.hotspots().forEach((path, after) -> {
            double before = base.hotspots().getOrDefault(path, 0.0);
            if (after - before > MIN_RISE) {
                delta.add(new HotspotChange(path, before, after));
            }
        });
        delta.sort(Comparator.comparingDouble(HotspotChange::rise).reversed().thenComparing(HotspotChange::path));
        return new PullRequestDiff(added, removed, List.copyOf(delta));
    }

    private static List<FindingView> only(Map<String, FindingView> in, Map<String, FindingView> notIn) {
        List<FindingView> only = new ArrayList<>();
        in.forEach((fingerprint, finding) -> {
            if (!notIn.containsKey(fingerprint)) {
                only.add(finding);
            }
        });
        only.sort(ORDER);
        return List.copyOf(only);
    }
}
