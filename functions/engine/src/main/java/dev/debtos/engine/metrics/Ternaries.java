package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import java.util.Set;

/**
 * Tells a conditional operator {@code c ? a : b} from the other uses of '?': nullable types ({@code int?},
 * {@code String?}), wildcards ({@code <?>}), optional members ({@code x?: T}). A ternary has its ':' later at the
 * same depth before the statement ends.
 */
final class Ternaries {
    private static final Set<String> TYPE_KEYWORDS = Set.of("int", "long", "short", "byte", "bool", "boolean", "char",
            "double", "float", "decimal", "string", "object", "uint", "ulong", "ushort", "sbyte", "nint", "as", "is");

    private Ternaries() {
    }

    static boolean isTernary(TokenStream t, Language language, BraceMatcher braces, int q) {
        if (language == Language.KOTLIN || language == Language.RUST || language == Language.GO || language == Language.SCALA) {
            return false;
        }
        if (q == 0 || q + 1 >= t.size()) {
            return false;
        }
        TokenKind next = t.kind(q + 1);
        if (t.is(q + 1, ":") || next == TokenKind.CLOSE_PAREN || next == TokenKind.COMMA || next == TokenKind.SEMICOLON
                || next == TokenKind.CLOSE_BRACKET || t.is(q + 1, ">") || t.is(q + 1, "=") || t.is(q + 1, ".")) {
            return false;
        }
        if (t.is(q - 1, "<") || t.is(q - 1, ",") && language == Language.JAVA
                || t.kind(q - 1) == TokenKind.KEYWORD && TYPE_KEYWORDS.contains(t.text(q - 1))) {
            return false;
        }
        int depth = 0;
        for (int j = q + 1; j < Math.min(t.size(), q + 300); j++) {
            TokenKind kind = t.kind(j);
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE) {
                int close = braces.partner(j);
                if (close < 0) {
                    return false;
                }
                j = close;
            } else if (kind == TokenKind.CLOSE_PAREN || kind == TokenKind.CLOSE_BRACKET || kind == TokenKind.CLOSE_BRACE
                    || kind == TokenKind.SEMICOLON) {
                return false;
            } else if (depth == 0 && t.is(j, ":")) {
                return true;
            }
        }
        return false;
    }
}
