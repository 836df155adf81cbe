package dev.debtos.engine.lexer;

import java.util.function.IntConsumer;

/**
 * Finds where string and char literals end, in their many forms. Every method takes the index just after the
 * opening delimiter and returns the index just after the closing one; newlines inside are reported so the
 * lexer keeps its line count.
 */
final class StringScanner {
    private final char[] src;
    private final IntConsumer onNewline;

    StringScanner(char[] src, IntConsumer onNewline) {
        this.src = src;
        this.onNewline = onNewline;
    }

    private char at(int index) {
        return index < src.length ? src[index] : '\0';
    }

    /** "..." or '...' with backslash escapes; an unterminated literal ends at the end of its line. */
    int quoted(int from, char quote) {
        return escaped(from, quote, false);
    }

    /** Ruby's "..." '...' `...`: backslash escapes, may span lines. */
    int multiLine(int from, char quote) {
        return escaped(from, quote, true);
    }

    private int escaped(int from, char quote, boolean spansLines) {
        int i = from;
        while (i < src.length) {
            char c = src[i];
            if (c == '\\') {
                if (at(i + 1) == '\n') {
                    onNewline.accept(i + 1);
                }
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n') {
                if (!spansLines) {
                    return i;
                }
                onNewline.accept(i);
            }
            i++;
        }
        return src.length;
    }

    /** """...""" (Java text blocks, Kotlin/Scala/Swift multi-line strings, C# raw strings). */
    int tripleQuoted(int from) {
        int i = from;
        while (i < src.length) {
            char c = src[i];
            if (c == '\\') {
                if (at(i + 1) == '\n') {
                    onNewline.accept(i + 1); // a line continuation inside a text block
                }
                i += 2;
                continue;
            }
            if (c == '\n') {
                onNewline.accept(i);
            } else if (c == '"' && at(i + 1) == '"' && at(i + 2) == '"') {
                i += 3;
                while (at(i) == '"') {
                    i++; // """" closes with the extra quote inside the string
                }
                return i;
            }
            i++;
        }
        return src.length;
    }

    /** Until the closing char, no escapes, may span lines (Go raw strings, quoted names). */
    int until(int from, char close) {
        for (int i = from; i < src.length; i++) {
            if (src[i] == close) {
                return i + 1;
            }
            if (src[i] == '\n') {
                onNewline.accept(i);
            }
        }
        return src.length;
    }

    /** JS/TS template literal: `text ${expr} text`, where expressions may hold braces and nested strings. */
    int template(int from) {
        int i = from;
        while (i < src.length) {
            char c = src[i];
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                return i + 1;
            } else if (c == '$' && at(i + 1) == '{') {
                i = templateExpression(i + 2);
            } else {
                if (c == '\n') {
                    onNewline.accept(i);
                }
                i++;
            }
        }
        return src.length;
    }

    private int templateExpression(int from) {
        int depth = 1;
        int i = from;
        while (i < src.length && depth > 0) {
            char c = src[i];
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '`') {
                i = template(i + 1) - 1;
            } else if (c == '"' || c == '\'') {
                i = quoted(i + 1, c) - 1;
            } else if (c == '\n') {
                onNewline.accept(i);
            }
            i++;
        }
        return i;
    }

    /** C# @"..." (doubled quotes escape, may span lines), $"...", $@"...", @$"...". */
    int csharp(int from) {
        int i = from;
        boolean verbatim = false;
        while (src[i] == '@' || src[i] == '$') {
            verbatim |= src[i] == '@';
            i++;
        }
        if (!verbatim) {
            return quoted(i + 1, '"');
        }
        i++;
        while (i < src.length) {
            if (src[i] == '"') {
                if (at(i + 1) != '"') {
                    return i + 1;
                }
                i++;
            } else if (src[i] == '\n') {
                onNewline.accept(i);
            }
            i++;
        }
        return src.length;
    }

    /** C++ R"delim( ... )delim". */
    int cppRaw(int quoteIndex) {
        int open = quoteIndex + 1;
        int paren = open;
        while (paren < src.length && src[paren] != '(' && paren - open < 16) {
            paren++;
        }
        String closing = ")" + new String(src, open, Math.max(0, paren - open)) + "\"";
        for (int i = paren + 1; i < src.length; i++) {
            if (src[i] == '\n') {
                onNewline.accept(i);
            } else if (src[i] == ')' && new String(src, i, Math.min(closing.length(), src.length - i)).equals(closing)) {
                return i + closing.length();
            }
        }
        return src.length;
    }

    /** A char literal 'x', '\n', '\u0041'; -1 when the quote does not open one (Rust lifetime 'a). */
    int charLiteral(int quoteIndex) {
        if (at(quoteIndex + 1) == '\\') {
            int end = quoted(quoteIndex + 1, '\'');
            return end <= src.length && end > 0 && src[end - 1] == '\'' ? end : -1;
        }
        if (at(quoteIndex + 2) == '\'' && at(quoteIndex + 1) != '\n') {
            return quoteIndex + 3;
        }
        if (Character.isHighSurrogate(at(quoteIndex + 1)) && at(quoteIndex + 3) == '\'') {
            return quoteIndex + 4;
        }
        return -1;
    }
}
