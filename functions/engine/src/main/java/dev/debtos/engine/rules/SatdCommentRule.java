package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.satd.SatdComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debt the developers wrote down themselves (TODO, FIXME, HACK, "workaround" ...). Test debt maps to
 * missing_tests, documentation debt to missing_docs, the rest to code_smell; FIXME and hacks weigh more than TODOs; a bare
 * marker with no text ({@code // TODO}) is info. In test code the finding ranks below production code as every
 * non-production finding does (the score stage divides its priority).
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
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SatdComment comment : context.satd()) {
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
            if (isBare(comment.text(), comment.marker())) {
                severity = Severity.INFO; // a marker that says nothing: no work anyone can pick up from it
            }
            String identity = comment.path() + "\0" + comment.text();
            int ordinal = seen.merge(identity, 1, Integer::sum) - 1; // identical comments in one file stay distinct
            String author = comment.author() == null ? "" : " (by " + comment.author() + ")";
            findings.add(new Finding(KEY, type, severity, comment.path(), comment.line(), comment.line(),
                    comment.marker() + " comment, " + comment.category().name().toLowerCase(java.util.Locale.ROOT) + " debt"
                            + author + ": " + comment.text(),
                    comment.text(), 15, Fingerprints.of(KEY, comment.path(), comment.text() + "#" + ordinal), 0));
        }
        return findings;
    }

    /**
     * A marker with nothing after it but an owner or punctuation ({@code // TODO}, {@code # FIXME:},
     * {@code // TODO(ann)}): the comment names no work.
     */
    static boolean isBare(String text, String marker) {
        String rest = text.strip();
        int at = rest.toUpperCase(java.util.Locale.ROOT).indexOf(marker.toUpperCase(java.util.Locale.ROOT));
        if (at < 0) {
            return false;
        }
        rest = rest.substring(at + marker.length()).replaceFirst("^\\s*\\([^)]*\\)", "");
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
