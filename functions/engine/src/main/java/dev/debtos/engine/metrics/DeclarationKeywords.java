package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;

/**
 * Tells a declaration {@code name(params) {} } from a call followed by a block. Languages with a declaring
 * keyword (fun, func, def, fn, function) need it before the name, which rules out trailing-lambda calls
 * such as Kotlin's {@code run(x) { .. }}; the others need a declaration context before the name (a type,
 * a modifier or a statement boundary), not an expression one ('.', '=', '(', ',').
 */
final class DeclarationKeywords {

    private DeclarationKeywords() {
    }

    static boolean satisfied(TokenStream t, Language language, int name) {
        String keyword = switch (language) {
            case KOTLIN -> "fun";
            case SWIFT -> "func";
            case SCALA -> "def";
            case GO -> "func";
            case RUST -> "fn";
            case PHP -> "function";
            default -> null;
        };
        if (keyword == null) {
            return declarationContext(t, name - 1);
        }
        if (language == Language.SWIFT && (t.is(name, "init") || t.is(name, "deinit") || t.is(name, "subscript"))) {
            return true;
        }
        return keywordBefore(t, name, keyword);
    }

    private static boolean keywordBefore(TokenStream t, int name, String keyword) {
        for (int i = name - 1; i >= Math.max(0, name - 20); i--) {
            if (t.is(i, keyword)) {
                return true;
            }
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.SEMICOLON || kind == TokenKind.OPEN_BRACE || kind == TokenKind.CLOSE_BRACE
                    || t.is(i, "=") || t.line(i) < t.line(name) - 1) {
                return false;
            }
        }
        return false;
    }

    private static boolean declarationContext(TokenStream t, int prev) {
        if (prev < 0) {
            return true;
        }
        TokenKind kind = t.kind(prev);
        return switch (kind) {
            case IDENTIFIER, SEMICOLON, OPEN_BRACE, CLOSE_BRACE, CLOSE_BRACKET, CLOSE_PAREN -> true;
            case KEYWORD -> !t.is(prev, "return") && !t.is(prev, "throw") && !t.is(prev, "else") && !t.is(prev, "case")
                    && !t.is(prev, "in") && !t.is(prev, "await") && !t.is(prev, "typeof");
            case OPERATOR -> t.is(prev, ">") || t.is(prev, ">>") || t.is(prev, ">>>") || t.is(prev, "*") || t.is(prev, "&") || t.is(prev, "::")
                    || t.is(prev, "~") || t.is(prev, "&&")
                    || t.is(prev, ":") && (t.is(prev - 1, "public") || t.is(prev - 1, "private") || t.is(prev - 1, "protected"));
            default -> false;
        };
    }
}
