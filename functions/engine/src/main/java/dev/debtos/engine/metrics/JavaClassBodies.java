package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;

/**
 * Java class bodies inside a method: an anonymous class ({@code new Runnable() { .. }}) or a local class, record,
 * enum or interface. Their methods count toward the enclosing method's cognitive complexity one level deeper (the
 * paper's nesting for nested methods, as PMD counts it); nothing in them counts toward its cyclomatic complexity.
 */
final class JavaClassBodies {

    private JavaClassBodies() {
    }

    static boolean isClassBody(TokenStream t, BraceMatcher braces, int brace) {
        if (JavaBodylessMethods.isTypeBody(t, brace)) {
            return true;
        }
        if (brace < 1 || t.kind(brace - 1) != TokenKind.CLOSE_PAREN || braces.partner(brace - 1) < 1) {
            return false;
        }
        int i = braces.partner(brace - 1) - 1;
        if (t.is(i, ">")) {
            while (i > 0 && !t.is(i, "<")) {
                i--;
            }
            i--;
        }
        while (i > 1 && t.kind(i) == TokenKind.IDENTIFIER && t.is(i - 1, ".")) {
            i -= 2;
        }
        return i > 0 && t.kind(i) == TokenKind.IDENTIFIER && t.is(i - 1, "new");
    }
}
