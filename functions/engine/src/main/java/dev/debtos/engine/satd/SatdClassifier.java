package dev.debtos.engine.satd;

import java.util.regex.Pattern;

/**
 * Sorts SATD into Maldonado and Shihab's five classes by keywords, defect first: a FIXME about a failing test
 * is defect debt. Design is what remains (hacks, workarounds, refactoring notes).
 */
final class SatdClassifier {
    private static final Pattern DEFECT = Pattern.compile("(?i)\\b(bug|broken|crash(es)?|wrong|incorrect|leaks?|fails?|failing|race|deadlock|npe|null pointer|doesn'?t work|does not work)\\b");
    private static final Pattern TEST = Pattern.compile("(?i)\\b(tests?|testing|tested|coverage|flaky|assert(ion)?s?|mock)\\b");
    private static final Pattern DOCUMENTATION = Pattern.compile("(?i)\\b(document(ation|ed)?|docs?|javadoc|jsdoc|docstring|comment(s)?|explain)\\b");
    private static final Pattern REQUIREMENT = Pattern.compile("(?i)\\b(implement(ed|ation)?|support|feature|add|missing|handle|allow|should also|not yet)\\b");

    private SatdClassifier() {
    }

    static SatdCategory classify(String marker, String text) {
        if (marker.equals("FIXME") || DEFECT.matcher(text).find()) {
            return SatdCategory.DEFECT;
        }
        if (TEST.matcher(text).find()) {
            return SatdCategory.TEST;
        }
        if (DOCUMENTATION.matcher(text).find()) {
            return SatdCategory.DOCUMENTATION;
        }
        if (marker.equals("TODO") && REQUIREMENT.matcher(text).find()) {
            return SatdCategory.REQUIREMENT;
        }
        return SatdCategory.DESIGN;
    }
}
