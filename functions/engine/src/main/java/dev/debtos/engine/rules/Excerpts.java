package dev.debtos.engine.rules;

import dev.debtos.engine.secrets.SecretMask;
import dev.debtos.engine.source.SourceFile;

/** A few lines of code as evidence for a finding: the first lines of the region, capped, with any secret masked. */
final class Excerpts {
    private static final int MAX_LINES = 12;

    private Excerpts() {
    }

    static String lines(SourceFile source, int startLine, int endLine) {
        if (source == null) {
            return "";
        }
        int last = Math.min(endLine, startLine + MAX_LINES - 1);
        String text = SecretMask.mask(source.lines(startLine, last));
        return endLine > last ? text + "\n...\n" : text + "\n";
    }
}
