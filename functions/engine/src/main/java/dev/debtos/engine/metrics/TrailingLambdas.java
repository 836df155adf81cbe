package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.Keywords;
import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import java.util.Set;

/**
 * Kotlin, Swift and Scala pass closures as trailing blocks: {@code items.forEach { s -> .. }},
 * {@code list.map { $0 * 2 }}. A '{' after a name or ')' is such a closure unless its line declares a type or a
 * function, or opens a control structure.
 */
final class TrailingLambdas {
    private static final Keywords NOT_A_LAMBDA = new Keywords(Set.of("class", "object", "interface", "enum", "struct",
            "extension", "protocol", "trait", "init", "companion", "fun", "func", "def", "if", "else", "when", "for",
            "while", "do", "try", "catch", "finally", "switch", "guard", "repeat", "match", "get", "set", "willSet",
            "didSet", "deinit", "subscript", "package", "import", "new", "defer", "constructor"));

    private TrailingLambdas() {
    }

    static boolean isLambda(TokenStream t, Language language, int brace) {
        if (language != Language.KOTLIN && language != Language.SWIFT && language != Language.SCALA || brace == 0) {
            return false;
        }
        TokenKind before = t.kind(brace - 1);
        if (before != TokenKind.IDENTIFIER && before != TokenKind.CLOSE_PAREN && !t.is(brace - 1, "=")
                && before != TokenKind.OPEN_PAREN && before != TokenKind.COMMA) {
            return false;
        }
        for (int i = brace - 1; i >= 0 && t.line(i) == t.line(brace); i--) {
            if (NOT_A_LAMBDA.contains(t, i) || t.kind(i) == TokenKind.CLOSE_BRACE) {
                return false;
            }
        }
        return true;
    }
}
