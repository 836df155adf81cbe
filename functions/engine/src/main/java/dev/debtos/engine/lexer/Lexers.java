package dev.debtos.engine.lexer;

import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;

/** The lexer for a file's language family. */
public final class Lexers {

    private Lexers() {
    }

    public static TokenStream lex(SourceFile file) {
        return switch (file.language().family()) {
            case C_LIKE -> CLikeLexer.lex(file.content(), file.language(), file.language() == Language.JAVASCRIPT
                    || file.language() == Language.TYPESCRIPT && file.path().endsWith(".tsx"));
            case PYTHON, RUBY -> ScriptLexer.lex(file.content(), file.language());
        };
    }
}
