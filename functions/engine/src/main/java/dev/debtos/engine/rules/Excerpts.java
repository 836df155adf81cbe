package dev.debtos.engine.rules;

import dev.debtos.engine.source.SourceFile;

/** A few lines of code as evidence for a finding: the first lines of the region, capped. */
final class Excerpts {
    private static final int MAX_LINES = 12;

    private Excerpts() {
    }

    static String lines(SourceFile source, int startLine, int endLine) {
        if (source == null) {
            return "";
        }
        char[] text = source.content();
        int line = 1;
        int from = -1;
        int last = Math.min(endLine, startLine + MAX_LINES - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= text.length; i++) {
            if (line >= startLine && from < 0) {
                from = i;
            }
            if (i == text.length || text[i] == '\n') {
                if (line >= startLine && line <= last && from >= 0) {
                    out.append(text, from, i - from).append('\n');
                    from = -1;
                }
                line++;
                if (line > last) {
                    break;
                }
            }
        }
        if (endLine > last) {
            out.append("...\n");
        }
        return out.toString();
    }
}
