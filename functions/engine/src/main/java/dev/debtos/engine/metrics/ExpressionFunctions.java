package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Kotlin's {@code fun name(..) = expression} and Scala's {@code def name: T = expression}: functions without a
 * brace body. The body runs from '=' until the next line that is indented no deeper than the declaration.
 */
final class ExpressionFunctions {

    private ExpressionFunctions() {
    }

    static List<FunctionSpan> locate(TokenStream t, Language language, BraceMatcher braces) {
        String keyword = language == Language.KOTLIN ? "fun" : language == Language.SCALA ? "def" : null;
        List<FunctionSpan> functions = new ArrayList<>();
        if (keyword == null) {
            return functions;
        }
        for (int k = 0; k < t.size(); k++) {
            if (!t.is(k, keyword)) {
                continue;
            }
            int name = -1;
            int first = -1;
            int open = -1;
            int close = -1;
            int i = k + 1;
            for (; i < t.size() && t.line(i) == t.line(k); i++) {
                if (t.kind(i) == TokenKind.OPEN_PAREN && open < 0) {
                    open = i;
                    close = braces.partner(i);
                    if (close < 0) {
                        break;
                    }
                    i = close;
                } else if (t.kind(i) == TokenKind.OPEN_PAREN || t.kind(i) == TokenKind.OPEN_BRACKET) {
                    i = Math.max(i, braces.partner(i));
                } else if (t.kind(i) == TokenKind.IDENTIFIER && open < 0) {
                    name = i; // the last identifier before '(' (Kotlin receivers: fun String.shout())
                    first = first < 0 ? i : first;
                } else if (t.is(i, "=") || t.kind(i) == TokenKind.OPEN_BRACE) {
                    break;
                }
            }
            if (name < 0 || i >= t.size() || !t.is(i, "=") || t.kind(i + 1) == TokenKind.OPEN_BRACE) {
                continue;
            }
            if (open < 0) {
                name = first; // no parameter list: def mean: Double = ...
            }
            int last = bodyEnd(t, k, i);
            functions.add(new FunctionSpan(t.text(name), name, open, close, i, last + 1, t.line(name), t.line(last)));
        }
        return functions;
    }

    private static int bodyEnd(TokenStream t, int declaration, int equals) {
        int indent = indentOf(t, declaration);
        int last = equals;
        for (int j = equals + 1; j < t.size(); j++) {
            boolean lineStart = t.line(j) != t.line(j - 1);
            if (lineStart && t.column(j) <= indent) {
                break;
            }
            last = j;
        }
        return last;
    }

    private static int indentOf(TokenStream t, int token) {
        int i = token;
        while (i > 0 && t.line(i - 1) == t.line(token)) {
            i--;
        }
        return t.column(i);
    }
}
