package dev.debtos.worker.pr;

import dev.debtos.engine.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PR's verdict: {@code failed} when it adds at least one finding of severity {@code failOn} or worse (default:
 * critical or high), else {@code passed}. One reason per failing severity, naming up to
 * {@value #LOCATIONS_PER_REASON} of its findings. Removed findings never offset added ones.
 */
public final class QualityGate {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    static final int LOCATIONS_PER_REASON = 3;

    private QualityGate() {
    }

    public record Verdict(String status, Severity failOn, List<String> reasons) {
        public boolean failed() {
            return FAILED.equals(status);
        }
    }

    public static Verdict evaluate(List<FindingView> added, Severity failOn) {
        List<String> reasons = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            if (!severity.atLeast(failOn)) {
                continue;
            }
            List<FindingView> ofSeverity = added.stream().filter(f -> f.severity() == severity).toList();
            if (ofSeverity.isEmpty()) {
                continue;
            }
            String where = ofSeverity.stream().limit(LOCATIONS_PER_REASON)
                    .map(f -> f.ruleKey() + " at " + f.location()).collect(Collectors.joining(", "));
            int more = ofSeverity.size() - LOCATIONS_PER_REASON;
            reasons.add("adds " + ofSeverity.size() + " " + severity.key() + " finding" + (ofSeverity.size() == 1 ? "" : "s")
                    + ": " + where + (more > 0 ? " and " + more + " more" : ""));
        }
        return new Verdict(reasons.isEmpty() ? PASSED : FAILED, failOn, List.copyOf(reasons));
    }
}
