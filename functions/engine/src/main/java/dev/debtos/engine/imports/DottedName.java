package dev.debtos.engine.imports;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;

/** A name such as {@code a.b.C} or {@code a.b.*} read from tokens; Kotlin's {@code `quoted`} parts unquoted. */
record DottedName(String text, int end) {

    /** Reads from token {@code from}; {@code end} is the index after the name (from itself when there is none). */
    static DottedName read(TokenStream t, int from) {
        StringBuilder name = new StringBuilder();
        int i = from;
        while (isPart(t, i)) {
            name.append(t.is(i, "*") ? "*" : t.text(i).replace("`", ""));
            i++;
            if (!t.is(i, ".") || !isPart(t, i + 1)) {
                break;
            }
            name.append('.');
            i++;
        }
        return new DottedName(name.toString(), i);
    }

    private static boolean isPart(TokenStream t, int i) {
        if (i >= t.size()) {
            return false;
        }
        TokenKind kind = t.kind(i);
        // contextual keywords can be parts (a.record.Entry), but Python's "from . import x" must stop at import
        return kind == TokenKind.IDENTIFIER || kind == TokenKind.KEYWORD && !t.is(i, "import") || t.is(i, "*");
    }
}
