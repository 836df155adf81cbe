package dev.debtos.engine.scoring;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.rules.ComplexFunctionRule;
import dev.debtos.engine.rules.DeepNestingRule;
import dev.debtos.engine.rules.HotspotRule;
import dev.debtos.engine.rules.KnowledgeIslandRule;
import dev.debtos.engine.rules.LongFunctionRule;
import dev.debtos.engine.rules.MissingTestsForHotspotRule;
import dev.debtos.engine.rules.TooManyParametersRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finding per place. The function rules (complexity, size, nesting, parameters) and the hotspot rule (which points
 * at its file's most complex function) often fire on the same function; the missing-tests and knowledge-island rules
 * fire on a hotspot. Each such set becomes one finding with its reasons combined, so a top ten names ten places.
 * <p>
 * The finding keeps the identity (rule key, type, fingerprint, evidence) of its most intrinsic reason, in the order
 * complexity, size, nesting, parameters, hotspot, missing tests, knowledge island: a complex function stays the same
 * ledger item when its file becomes a hotspot. It takes the worst severity and the largest excess of its reasons, and an effort of the
 * largest refactoring among them plus writing tests and sharing knowledge where those are reasons too, and the
 * confidence of its primary reason (the one a triage judged, since triage judges places by this identity).
 */
public final class Places {
    private static final List<String> ORDER = List.of(ComplexFunctionRule.KEY, LongFunctionRule.KEY, DeepNestingRule.KEY,
            TooManyParametersRule.KEY, HotspotRule.KEY, MissingTestsForHotspotRule.KEY, KnowledgeIslandRule.KEY);
    private static final List<String> ON_THE_HOTSPOT = List.of(MissingTestsForHotspotRule.KEY, KnowledgeIslandRule.KEY);
    private static final int MAX_MINUTES = 960;

    private Places() {
    }

    /** The findings with every place's reasons combined, in the order of each place's first finding. */
    public static List<Finding> merge(List<Finding> findings) {
        Map<String, String> hotspotPlace = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.ruleKey().equals(HotspotRule.KEY)) {
                hotspotPlace.put(f.path(), f.path() + "#" + f.startLine());
            }
        }
        Map<Object, List<Finding>> places = new LinkedHashMap<>();
        for (Finding f : findings) {
            places.computeIfAbsent(placeOf(f, hotspotPlace), key -> new ArrayList<>()).add(f);
        }
        List<Finding> merged = new ArrayList<>(places.size());
        for (List<Finding> place : places.values()) {
            merged.add(place.size() == 1 ? place.getFirst() : combine(place));
        }
        return merged;
    }

    /** A key shared by the findings of one place; every other finding is a place of its own. */
    private static Object placeOf(Finding f, Map<String, String> hotspotPlace) {
        if (ON_THE_HOTSPOT.contains(f.ruleKey())) {
            return hotspotPlace.getOrDefault(f.path(), f.path() + "#file");
        }
        if (ORDER.contains(f.ruleKey())) {
            return f.path() + "#" + f.startLine();
        }
        return f;
    }

    private static Finding combine(List<Finding> place) {
        List<Finding> reasons = new ArrayList<>(place);
        reasons.sort(java.util.Comparator.comparingInt(f -> ORDER.indexOf(f.ruleKey())));
        Finding primary = reasons.getFirst();
        Severity severity = primary.severity();
        int start = primary.startLine();
        int end = primary.endLine();
        int refactoring = 0;
        int other = 0;
        double excess = 1;
        StringBuilder message = new StringBuilder(primary.message());
        for (Finding f : reasons) {
            if (f.severity().ordinal() < severity.ordinal()) {
                severity = f.severity();
            }
            excess = Math.max(excess, f.excess());
            if (f != primary) {
                message.append("; ").append(f.message());
            }
            if (ON_THE_HOTSPOT.contains(f.ruleKey())) {
                other += f.remediationMinutes();
            } else {
                refactoring = Math.max(refactoring, f.remediationMinutes());
                start = Math.min(start, f.startLine());
                end = Math.max(end, f.endLine());
            }
        }
        return new Finding(primary.ruleKey(), primary.type(), severity, primary.path(), start, end, message.toString(),
                primary.evidence(), Math.min(MAX_MINUTES, refactoring + other), primary.fingerprint(), primary.priority(),
                primary.related(), primary.role()).withConfidence(primary.confidence(), primary.evidence()).withExcess(excess);
    }
}
