package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;

/**
 * Bodies that follow '=>' or '->', and function expressions ({@code function(..) {}}, Go {@code func(..) {}}):
 * a function when assigned to a name ({@code const load = async (id) => {..}}), otherwise an anonymous
 * function that belongs to its enclosing one. Kotlin's when-branches, Java's switch rules and Rust/Scala match
 * arms use the same arrows for plain blocks.
 */
final class ArrowFunctions {

    private ArrowFunctions() {
    }

    static FunctionSpan classify(TokenStream t, Language language, BraceMatcher braces, int arrow, int brace) {
        switch (language) {
            case KOTLIN, RUST, SCALA, SWIFT, GO, C, CPP -> {
                return null;
            }
            case JAVA -> {
                return isSwitchRule(t, arrow) ? null : BraceFunctionLocator.anonymous();
            }
            case CSHARP -> {
                return BraceFunctionLocator.anonymous();
            }
            default -> {
                // JavaScript, TypeScript, PHP: find where the parameters start
            }
        }
        int k = arrow - 1;
        int open;
        int close;
        if (t.kind(k) == TokenKind.IDENTIFIER && !t.is(k - 1, ":")) {
            open = k;
            close = k;
        } else {
            close = k;
            while (close > arrow - 30 && close > 0 && t.kind(close) != TokenKind.CLOSE_PAREN) {
                close--; // skip a TypeScript return type: (a: T): Promise<R> =>
            }
            open = braces.partner(close);
            if (open < 0) {
                return BraceFunctionLocator.anonymous();
            }
        }
        return assignedName(t, open, open, close, brace, braces);
    }

    /** {@code name = <fn>}, {@code name: <fn>}, {@code const name: Type = <fn>}, Go {@code name := <fn>}. */
    static FunctionSpan assignedName(TokenStream t, int start, int open, int close, int brace, BraceMatcher braces) {
        int p = start - 1;
        if (t.is(p, "async")) {
            p--;
        }
        int name = -1;
        if ((t.is(p, "=") || t.is(p, ":") || t.is(p, ":=")) && t.kind(p - 1) == TokenKind.IDENTIFIER) {
            name = p - 1;
            if (t.is(p, "=") && t.is(p - 2, ":") && t.kind(p - 3) == TokenKind.IDENTIFIER) {
                name = p - 3; // const handler: Handler = (..) =>
            }
        }
        if (name < 0) {
            return BraceFunctionLocator.anonymous();
        }
        int end = braces.partner(brace);
        return new FunctionSpan(t.text(name), name, open, close, brace, end, t.line(name), t.line(end));
    }

    static boolean isSwitchRule(TokenStream t, int arrow) {
        int depth = 0;
        for (int i = arrow - 1; i >= Math.max(0, arrow - 60); i--) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.SEMICOLON || kind == TokenKind.OPEN_BRACE || kind == TokenKind.CLOSE_BRACE
                    || t.is(i, "->") || kind == TokenKind.OPEN_PAREN && depth == 0) {
                return false; // a lambda inside a rule's expression: (s1, s2) -> in default -> reduce("", (s1, s2) -> ..)
            }
            if (kind == TokenKind.CLOSE_PAREN) {
                depth++;
            } else if (kind == TokenKind.OPEN_PAREN) {
                depth--;
            }
            if (t.is(i, "case") || t.is(i, "default")) {
                return true;
            }
        }
        return false;
    }
}
