package dev.debtos.engine.lexer;

/**
 * Walks a JSX element for {@link CLikeLexer}: tags, attributes, text and nested elements, handing every
 * {expression} container back to the lexer so conditionals and callbacks inside JSX still count.
 */
final class JsxScanner {

    private JsxScanner() {
    }

    /** At '<' of an opening tag or fragment; returns after the matching closing tag (or '/>'). */
    static void element(CLikeLexer lexer) {
        char[] src = lexer.source();
        int pos = lexer.position() + 1;
        if (pos < src.length && src[pos] == '>') {
            lexer.moveTo(pos + 1);
            children(lexer);
            return;
        }
        while (pos < src.length && !Character.isWhitespace(src[pos]) && src[pos] != '>' && src[pos] != '/' && src[pos] != '{') {
            pos++; // tag name
        }
        lexer.moveTo(pos);
        attributes(lexer);
    }

    private static void attributes(CLikeLexer lexer) {
        char[] src = lexer.source();
        while (lexer.position() < src.length) {
            int pos = lexer.position();
            char c = src[pos];
            if (c == '/' && pos + 1 < src.length && src[pos + 1] == '>') {
                lexer.moveTo(pos + 2);
                return;
            }
            if (c == '>') {
                lexer.moveTo(pos + 1);
                children(lexer);
                return;
            }
            if (c == '{') {
                lexer.jsxExpression();
            } else if (c == '"' || c == '\'') {
                int end = pos + 1;
                while (end < src.length && src[end] != c) {
                    end++;
                }
                lexer.moveTo(Math.min(src.length, end + 1));
            } else {
                lexer.moveTo(pos + 1); // attribute names, '=', whitespace
            }
        }
    }

    private static void children(CLikeLexer lexer) {
        char[] src = lexer.source();
        while (lexer.position() < src.length) {
            int pos = lexer.position();
            char c = src[pos];
            if (c == '<' && pos + 1 < src.length && src[pos + 1] == '/') {
                int end = pos + 2;
                while (end < src.length && src[end] != '>') {
                    end++;
                }
                lexer.moveTo(Math.min(src.length, end + 1));
                return;
            }
            if (c == '<') {
                element(lexer);
            } else if (c == '{') {
                lexer.jsxExpression();
            } else {
                lexer.moveTo(pos + 1); // text
            }
        }
    }
}
