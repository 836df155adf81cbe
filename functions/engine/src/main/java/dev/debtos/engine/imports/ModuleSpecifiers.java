package dev.debtos.engine.imports;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import java.util.List;

/**
 * JavaScript/TypeScript module specifiers: the string after {@code from} ({@code import ... from}, {@code export ...
 * from}), after a bare {@code import} (side effects), and the single string argument of {@code require(...)} and
 * dynamic {@code import(...)}. Template strings with substitutions are computed at run time and skipped.
 */
final class ModuleSpecifiers {

    private ModuleSpecifiers() {
    }

    static void read(TokenStream t, List<String> specifiers) {
        for (int i = 1; i < t.size(); i++) {
            if (t.kind(i) != TokenKind.STRING) {
                continue;
            }
            boolean afterKeyword = t.is(i - 1, "from") || t.is(i - 1, "import") && !t.is(i - 2, ".");
            boolean callArgument = t.is(i - 1, "(") && (t.is(i - 2, "require") || t.is(i - 2, "import"))
                    && t.is(i + 1, ")");
            String text = t.text(i);
            if ((afterKeyword || callArgument) && !text.contains("${")) {
                specifiers.add(unquote(text));
            }
        }
    }

    /** The text between a string literal's quotes ('', "", or ``). */
    static String unquote(String literal) {
        return literal.length() >= 2 ? literal.substring(1, literal.length() - 1) : literal;
    }
}
