package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;

/**
 * Declared parameters between '(' and ')': commas at the top level (outside nested brackets and generic
 * angle brackets) plus one. Receivers that are not real parameters are not counted: Python's self/cls,
 * Rust's self, C's (void).
 */
final class ParameterCounter {

    private ParameterCounter() {
    }

    static int count(TokenStream t, int open, int close) {
        if (open < 0) {
            return 0;
        }
        if (open == close) {
            return 1; // a lone arrow-function parameter: x => ...
        }
        if (close == open + 1 || close == open + 2 && t.is(open + 1, "void")) {
            return 0;
        }
        int count = 1;
        int depth = 0;
        int angle = 0;
        for (int i = open + 1; i < close; i++) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE) {
                depth++;
            } else if (kind == TokenKind.CLOSE_PAREN || kind == TokenKind.CLOSE_BRACKET || kind == TokenKind.CLOSE_BRACE) {
                depth--;
            } else if (t.is(i, "<")) {
                angle++;
            } else if (t.is(i, ">") && angle > 0) {
                angle--;
            } else if (t.is(i, ">>") && angle > 0) {
                angle = Math.max(0, angle - 2);
            } else if (kind == TokenKind.COMMA && depth == 0 && angle == 0) {
                if (i + 1 == close) {
                    return count; // trailing comma
                }
                count++;
            }
        }
        if (isReceiver(t, open + 1)) {
            count--;
        }
        return count;
    }

    private static boolean isReceiver(TokenStream t, int first) {
        int i = first;
        while (t.is(i, "&") || t.is(i, "mut") || t.is(i, "'")) {
            i++;
        }
        return (t.is(i, "self") || t.is(i, "cls")) && (t.kind(i + 1) == TokenKind.COMMA || t.kind(i + 1) == TokenKind.CLOSE_PAREN
                || t.is(i + 1, ":"));
    }
}
