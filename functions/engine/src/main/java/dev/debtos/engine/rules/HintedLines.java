package dev.debtos.engine.rules;

import dev.debtos.engine.source.SourceFile;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a file worth a closer look: those holding one of a few literal hints (a quote character, a word).
 * A rule that looked at every line would spend seconds on a large tree where almost no line can match; finding the
 * hints with {@link String#indexOf} over the whole text (vectorised by the JVM) and visiting only their lines keeps
 * such a rule near the speed of reading the text once.
 */
final class HintedLines {
    /** The quote characters: the lines that hold a string literal. */
    static final List<String> QUOTES = List.of("\"", "'", "`");

    /** One line: its 1-based number and text. */
    interface Visitor {
        void line(int number, String text);
    }

    private HintedLines() {
    }

    /** Calls {@code visitor} once per line holding one of {@code hints}, in line order. */
    static void forEach(SourceFile source, List<String> hints, Visitor visitor) {
        String text = source.text();
        int[] positions = new int[64];
        int count = 0;
        for (String hint : hints) {
            for (int at = text.indexOf(hint); at >= 0; at = text.indexOf(hint, at + hint.length())) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = at;
            }
        }
        Arrays.sort(positions, 0, count);
        int lineEnd = -1;
        for (int i = 0; i < count; i++) {
            int position = positions[i];
            if (position <= lineEnd) {
                continue;                          // this line was visited already
            }
            int lineStart = text.lastIndexOf('\n', position) + 1;
            int newline = text.indexOf('\n', position);
            lineEnd = newline < 0 ? text.length() : newline;
            visitor.line(source.lineAt(lineStart), text.substring(lineStart, lineEnd));
        }
    }
}
