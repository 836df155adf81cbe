package dev.debtos.engine.rules;

import dev.debtos.engine.source.SourceFile;
import java.util.List;

/**
 * The lines of a file worth a closer look: those holding one of a few literal hints (a quote character, a word).
 * A rule that looked at every line would spend seconds on a large tree where almost no line can match; the
 * {@link TextIndex} finds the hints of all rules in one pass over each file and records their lines, so such a rule
 * costs little more than the lines it reads.
 */
final class HintedLines {
    /** The quote characters: the lines that hold a string literal. */
    static final Hints QUOTES = Hints.lines(List.of("\"", "'", "`"));

    /** One line: its 1-based number and text. */
    interface Visitor {
        void line(int number, String text);
    }

    private HintedLines() {
    }

    /** Calls {@code visitor} once per line holding one of {@code hints}, in line order. */
    static void forEach(RuleContext context, SourceFile source, Hints hints, Visitor visitor) {
        context.textIndex().forEachLine(source, hints, visitor);
    }
}
