package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;

/** Java enum constants with bodies ({@code RED(1) { .. }}) look like constructors; they are not functions. */
final class JavaEnums {

    private JavaEnums() {
    }

    static boolean isEnumConstant(TokenStream t, BraceMatcher braces, int name) {
        int prev = name - 1;
        if (t.is(prev, ",")) {
            return true; // a method or constructor never follows a comma
        }
        if (prev < 0 || t.kind(prev) != TokenKind.OPEN_BRACE) {
            return false;
        }
        for (int i = prev - 1; i >= Math.max(0, prev - 40); i--) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.SEMICOLON || kind == TokenKind.OPEN_BRACE || kind == TokenKind.CLOSE_BRACE) {
                return false;
            }
            if (t.is(i, "enum")) {
                return true;
            }
        }
        return false;
    }
}
