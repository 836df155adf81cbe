package dev.debtos.worker.pr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PullRequestDiffTest {

    @Test
    void addedAndRemovedAreDecidedByFingerprintNotByLine() {
        RevisionFindings base = side(Map.of(), finding("kept", Severity.MEDIUM, "a.java", 10), finding("gone", Severity.LOW, "b.java", 3));
        RevisionFindings head = side(Map.of(), finding("kept", Severity.MEDIUM, "a.java", 42), finding("new", Severity.HIGH, "c.java", 7));

        PullRequestDiff diff = PullRequestDiff.between(base, head);

        assertThat(diff.added()).extracting(FindingView::fingerprint).containsExactly("new");
        assertThat(diff.removed()).extracting(FindingView::fingerprint).containsExactly("gone");
    }

    @Test
    void addedFindingsAreOrderedBySeverityThenPlace() {
        RevisionFindings head = side(Map.of(), finding("l", Severity.LOW, "a.java", 1), finding("c", Severity.CRITICAL, "z.java", 9),
                finding("h2", Severity.HIGH, "b.java", 20), finding("h1", Severity.HIGH, "b.java", 5));

        PullRequestDiff diff = PullRequestDiff.between(side(Map.of()), head);

        assertThat(diff.added()).extracting(FindingView::fingerprint).containsExactly("c", "h1", "h2", "l");
    }

    @Test
    void theHotspotDeltaListsOnlyFilesWhoseScoreRoseBiggestRiseFirst() {
        RevisionFindings base = side(Map.of("a.java", 0.5, "b.java", 0.9, "c.java", 0.2));
        RevisionFindings head = side(Map.of("a.java", 0.6, "b.java", 0.4, "c.java", 0.2, "new.java", 0.7));

        List<HotspotChange> delta = PullRequestDiff.between(base, head).hotspotDelta();

        assertThat(delta).containsExactly(new HotspotChange("new.java", 0.0, 0.7), new HotspotChange("a.java", 0.5, 0.6));
    }

    @Test
    void identicalSidesChangeNothing() {
        RevisionFindings side = side(Map.of("a.java", 0.3), finding("x", Severity.HIGH, "a.java", 1));

        PullRequestDiff diff = PullRequestDiff.between(side, side);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.hotspotDelta()).isEmpty();
    }

    static FindingView finding(String fingerprint, Severity severity, String path, int line) {
        return new FindingView(fingerprint, "DEBT-TEST-001", "code_smell", severity, path, line, line, "finding " + fingerprint);
    }

    private static RevisionFindings side(Map<String, Double> hotspots, FindingView... findings) {
        Map<String, FindingView> byFingerprint = new LinkedHashMap<>();
        for (FindingView f : findings) {
            byFingerprint.put(f.fingerprint(), f);
        }
        return new RevisionFindings("0".repeat(40), byFingerprint, hotspots, RevisionFindings.ANALYSED);
    }
}
