package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.findings.FindingLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Debt the developers wrote down themselves (TODO, FIXME, HACK, "workaround" ...). Test debt maps to
 * missing_tests, documentation debt to missing_docs, the rest to code_smell; FIXME and hacks weigh more than TODOs. A
 * bare marker with no text ({@code // TODO}) names no work: it stays in the report's list of SATD comments but is no
 * finding. One note repeated word for word ({@code @deprecated TODO Make private in 4.0.} above thirty methods) is one
 * decision: one finding at its first place, every other place a related location. In test code the finding ranks below
 * production code as every non-production finding does (the score stage divides its priority).
 */
public final class SatdCommentRule extends RuleMetadata {
    public static final String KEY = "DEBT-SATD-001";

    public SatdCommentRule() {
        super(KEY, DebtType.CODE_SMELL, "Self-admitted debt",
                "A comment admits debt (TODO, FIXME, HACK, workaround...): the author knew this needs more work.");
    }

    /** Markers are unambiguous, phrases such as "workaround" now and then are not. */
    @Override
    public Precision precision() {
        return Precision.HIGH;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Map<String, List<SatdComment>> notes = new LinkedHashMap<>();
        context.satd().stream()
                .filter(comment -> !isBare(comment.text(), comment.marker()))
                .sorted(Comparator.comparing(SatdComment::path).thenComparingInt(SatdComment::line))
                .forEach(comment -> notes.computeIfAbsent(comment.marker() + "\0" + normalised(comment.text()),
                        k -> new ArrayList<>()).add(comment));
        List<Finding> findings = new ArrayList<>(notes.size());
        for (List<SatdComment> places : notes.values()) {
            SatdComment comment = places.getFirst();
            DebtType type = switch (comment.category()) {
                case TEST -> DebtType.MISSING_TESTS;
                case DOCUMENTATION -> DebtType.MISSING_DOCS;
                default -> DebtType.CODE_SMELL;
            };
            Severity severity = switch (comment.marker()) {
                case "FIXME", "HACK", "KLUDGE", "XXX" -> Severity.MEDIUM;
                case "TODO", "REFACTOR", "OPTIMIZE" -> Severity.LOW;
                default -> Severity.INFO;
            };
            List<FindingLocation> related = places.stream().skip(1)
                    .map(other -> new FindingLocation(other.path(), other.line(), other.line(), 0)).toList();
            String author = comment.author() == null ? "" : " (by " + comment.author() + ")";
            String elsewhere = related.isEmpty() ? "" : " (the same note at " + related.size() + " other place"
                    + (related.size() == 1 ? "" : "s") + ")";
            findings.add(new Finding(KEY, type, severity, comment.path(), comment.line(), comment.line(),
                    comment.marker() + " comment, " + comment.category().name().toLowerCase(Locale.ROOT) + " debt"
                            + author + ": " + comment.text() + elsewhere,
                    comment.text(), Math.min(120, 15 + 5 * related.size()),
                    Fingerprints.of(KEY, comment.path(), comment.text() + "#0"), 0, related));
        }
        return findings;
    }

    /** The note's words, case and spacing aside, so that one note copied above many methods reads as one. */
    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * A marker with nothing before or after it but an owner or punctuation ({@code // TODO}, {@code # FIXME:},
     * {@code // TODO(ann)}): the comment names no work. Words before it name the work ({@code // Unit tests TODO}).
     */
    static boolean isBare(String text, String marker) {
        String rest = text.strip();
        int at = rest.toUpperCase(Locale.ROOT).indexOf(marker.toUpperCase(Locale.ROOT));
        if (at < 0) {
            return false;
        }
        String before = rest.substring(0, at);
        rest = rest.substring(at + marker.length()).replaceFirst("^\\s*\\([^)]*\\)", "");
        return before.codePoints().noneMatch(Character::isLetterOrDigit) && rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
