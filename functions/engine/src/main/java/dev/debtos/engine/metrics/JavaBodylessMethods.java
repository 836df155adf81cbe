package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Java methods without a body: abstract, interface and native methods ({@code int size();}) and annotation members
 * ({@code String value() default "";}), declared directly in a type body. They are functions with cyclomatic
 * complexity 1 and cognitive complexity 0, as PMD reports them; their span is the name through the ';'.
 */
final class JavaBodylessMethods {

    private JavaBodylessMethods() {
    }

    static List<FunctionSpan> locate(TokenStream t, BraceMatcher braces) {
        List<FunctionSpan> found = new ArrayList<>();
        Deque<Boolean> typeBodies = new ArrayDeque<>();
        for (int i = 0; i < t.size(); i++) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.OPEN_BRACE) {
                typeBodies.push(isTypeBody(t, i));
            } else if (kind == TokenKind.CLOSE_BRACE && !typeBodies.isEmpty()) {
                typeBodies.pop();
            } else if (kind == TokenKind.SEMICOLON && Boolean.TRUE.equals(typeBodies.peek())) {
                FunctionSpan span = declarationEndingAt(t, braces, i);
                if (span != null) {
                    found.add(span);
                }
            }
        }
        return found;
    }

    /** A '{' that opens a class, interface, enum, record or annotation body (its header names the kind). */
    static boolean isTypeBody(TokenStream t, int brace) {
        for (int i = brace - 1; i >= Math.max(0, brace - 200); i--) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.SEMICOLON || kind == TokenKind.OPEN_BRACE || kind == TokenKind.CLOSE_BRACE
                    || t.is(i, "new") || t.is(i, "->") || t.is(i, "=")) {
                return false;
            }
            if (t.is(i, "class") || t.is(i, "interface") || t.is(i, "enum") || t.is(i, "record")) {
                return !t.is(i - 1, ".");  // Foo.class is a literal, not a declaration
            }
        }
        return false;
    }

    /** {@code ... name(params) [throws A, B] [default value];} ending at {@code semicolon}, or null. */
    private static FunctionSpan declarationEndingAt(TokenStream t, BraceMatcher braces, int semicolon) {
        int j = semicolon - 1;
        int defaultAt = -1;
        for (int i = semicolon - 1; i >= 0 && i >= semicolon - 200; i--) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.SEMICOLON || kind == TokenKind.OPEN_BRACE || kind == TokenKind.CLOSE_BRACE) {
                break;
            }
            if (t.is(i, "default") && t.kind(i - 1) == TokenKind.CLOSE_PAREN) {
                defaultAt = i;
                break;
            }
        }
        if (defaultAt >= 0) {
            j = defaultAt - 1;
        }
        while (j > 0 && (t.kind(j) == TokenKind.IDENTIFIER || t.is(j, ".") || t.is(j, ",") || t.is(j, "throws")
                || t.kind(j) == TokenKind.OPEN_BRACKET || t.kind(j) == TokenKind.CLOSE_BRACKET)) {
            if (t.is(j, "throws")) {
                j--;
                break;
            }
            j--;
        }
        if (t.kind(j) != TokenKind.CLOSE_PAREN) {
            return null;
        }
        int open = braces.partner(j);
        int name = open - 1;
        if (open <= 0 || t.kind(name) != TokenKind.IDENTIFIER && !isContextualName(t, name) || !isTypeBefore(t, name - 1) || assigns(t, braces, name)) {
            return null;
        }
        return new FunctionSpan(t.text(name), name, open, j, semicolon, semicolon, t.line(name), t.line(semicolon));
    }

    /** Java's contextual keywords, which are also valid method names ({@code permits}, {@code yield}, {@code record}). */
    static boolean isContextualName(TokenStream t, int i) {
        return t.is(i, "permits") || t.is(i, "yield") || t.is(i, "record") || t.is(i, "sealed") || t.is(i, "var");
    }

    /** A field initialised by a call ({@code X x = Y.<T>make();}): an '=' outside parentheses before the name. */
    private static boolean assigns(TokenStream t, BraceMatcher braces, int name) {
        for (int i = name - 1; i >= 0 && i >= name - 200; i--) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.SEMICOLON || kind == TokenKind.OPEN_BRACE || kind == TokenKind.CLOSE_BRACE) {
                return false;
            }
            if (kind == TokenKind.CLOSE_PAREN && braces.partner(i) >= 0) {
                i = braces.partner(i); // an annotation's arguments: @Foo(a = 1)
            } else if (t.is(i, "=")) {
                return true;
            }
        }
        return false;
    }

    /** The token before a method's name ends its return type: a name, a primitive, void, '>' or ']'. */
    private static boolean isTypeBefore(TokenStream t, int i) {
        if (i < 0) {
            return false;
        }
        return switch (t.kind(i)) {
            case IDENTIFIER, CLOSE_BRACKET -> !t.is(i - 1, "new");
            case KEYWORD -> t.is(i, "void") || t.is(i, "int") || t.is(i, "long") || t.is(i, "boolean")
                    || t.is(i, "double") || t.is(i, "float") || t.is(i, "char") || t.is(i, "byte") || t.is(i, "short");
            case OPERATOR -> t.is(i, ">") || t.is(i, ">>") || t.is(i, ">>>");
            default -> false;
        };
    }
}
