package dev.debtos.engine.rules;

import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.SourceFile;

/**
 * Which lines of a file hold code rather than only comments or documentation (a Python docstring counts as
 * documentation): the lexer is run on demand, once, and only for a file a rule has candidates in, since the measure
 * stage does not keep tokens.
 */
final class CodeLines {
    private final SourceFile source;
    private TokenStream tokens;

    CodeLines(SourceFile source) {
        this.source = source;
    }

    boolean hasCode(int line) {
        if (tokens == null) {
            tokens = Lexers.lex(source);
        }
        return line >= 1 && line <= tokens.lineCount() && tokens.lineHasCode(line);
    }
}
