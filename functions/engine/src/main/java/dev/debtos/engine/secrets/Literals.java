package dev.debtos.engine.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of one line, found by hand rather than by a regular expression (which costs a backtracking
 * attempt at every character): each opening quote ({@code " ' `}), the content after it and the matching closing
 * quote, backslash escapes skipped. An unterminated literal (a multi-line string, an apostrophe in a comment) ends
 * the scan.
 */
public final class Literals {

    /** A literal: the index of its opening quote, and its content {@code [start, end)}. */
    public record Literal(int quote, int start, int end) {
        public String content(String line) {
            return line.substring(start, end);
        }
    }

    private Literals() {
    }

    public static List<Literal> in(String line) {
        List<Literal> literals = new ArrayList<>(2);
        int i = 0;
        int length = line.length();
        while (i < length) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < length && line.charAt(j) != c) {
                    j += line.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= length) {
                    break;
                }
                literals.add(new Literal(i, i + 1, j));
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /**
     * The name a literal is assigned to or keyed by: {@code password = "}, {@code "password": "}, {@code password: '},
     * {@code password := "}, {@code password => '}, {@code password="} (a keyword argument); null when none.
     */
    public static String assignedName(String line, int quote) {
        int i = quote - 1;
        if (i >= 0 && (line.charAt(i) == 'b' || line.charAt(i) == 'r' || line.charAt(i) == 'u' || line.charAt(i) == 'f')
                && (i == 0 || !Character.isJavaIdentifierPart(line.charAt(i - 1)))) {
            i--;                                   // a Python prefix: b"...", r'...'
        }
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return null;
        }
        char separator = line.charAt(i);
        if (separator == '>' && i > 0 && line.charAt(i - 1) == '=') {
            i -= 2;
        } else if (separator == '=') {
            i--;
            while (i >= 0 && (line.charAt(i) == '=' || line.charAt(i) == ':' || line.charAt(i) == '!')) {
                if (line.charAt(i) == '!') {
                    return null;                   // a comparison against the literal, not an assignment
                }
                i--;
            }
        } else if (separator == ':') {
            i--;
        } else {
            return null;
        }
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
            i--;                                   // a quoted key: "password": "..."
        }
        int end = i + 1;
        while (i >= 0 && (Character.isJavaIdentifierPart(line.charAt(i)) || line.charAt(i) == '-' || line.charAt(i) == '.')) {
            i--;
        }
        return end - (i + 1) > 0 ? line.substring(i + 1, end) : null;
    }
}
