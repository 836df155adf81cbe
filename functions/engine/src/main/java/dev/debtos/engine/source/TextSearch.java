package dev.debtos.engine.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several literal strings searched for in one pass over a text: a table of each string's first two characters says
 * where a comparison is worth making. Looking for each string in turn with {@link String#indexOf} costs one pass per
 * string, and the C1 compiler the command line runs with does not vectorise {@code indexOf}. Occurrences are reported
 * in order of position (strings that start with a character beyond ASCII, which no caller has, last).
 */
public final class TextSearch {
    /** {@link #firstIgnoringAsciiCase}: the text holds a character beyond ASCII before any string was found. */
    public static final int NOT_ASCII = -2;

    private final String[] strings;
    /** Indexes of the strings starting with the two ASCII characters {@code (c0 << 7) | c1}. */
    private final int[][] byPair = new int[128 * 128][];
    /** Indexes of the one-character strings, by their ASCII character. */
    private final int[][] bySingle = new int[128][];
    /** Strings that start with a non-ASCII character: searched with indexOf. */
    private final List<Integer> others = new ArrayList<>();

    /**
     * Told each occurrence: which string (its index), where, where its line starts and the line's 1-based number;
     * false stops the search.
     */
    public interface Occurrences {
        boolean found(int string, int at, int lineStart, int lineNumber);
    }

    public TextSearch(List<String> strings) {
        this.strings = strings.toArray(String[]::new);
        for (int i = 0; i < this.strings.length; i++) {
            String s = this.strings[i];
            if (s.isEmpty()) {
                throw new IllegalArgumentException("an empty string is found everywhere");
            }
            char c0 = s.charAt(0);
            if (s.length() == 1 && c0 < 128) {
                bySingle[c0] = append(bySingle[c0], i);
            } else if (s.length() > 1 && c0 < 128 && s.charAt(1) < 128) {
                int key = (c0 << 7) | s.charAt(1);
                byPair[key] = append(byPair[key], i);
            } else {
                others.add(i);
            }
        }
    }

    private static int[] append(int[] array, int value) {
        int[] longer = array == null ? new int[1] : Arrays.copyOf(array, array.length + 1);
        longer[longer.length - 1] = value;
        return longer;
    }

    /** The position of the first occurrence of any string, or -1. */
    public int firstIn(String text) {
        int[] first = {-1};
        Occurrences firstOnly = (string, at, lineStart, lineNumber) -> {
            first[0] = at;
            return false;
        };
        if (text.length() < 256) {
            scanChars(text, firstOnly);     // no copy of a short text
        } else {
            scanBytes(text, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), firstOnly);
        }
        int found = first[0];
        for (int string : others) {
            int at = text.indexOf(strings[string]);
            if (at >= 0 && (found < 0 || at < found)) {
                found = at;
            }
        }
        return found;
    }

    /**
     * Whether the text holds one of the strings, upper and lower case ASCII letters alike ({@code strings} given in
     * lower case): the position of the first, -1 when none, or {@link #NOT_ASCII} when a character beyond ASCII comes
     * before any, which a caller answers by lower-casing the text ({@code toLowerCase} changes such characters in ways
     * an ASCII comparison does not know).
     */
    public int firstIgnoringAsciiCase(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c0 = text.charAt(i);
            if (c0 >= 128) {
                return NOT_ASCII;
            }
            c0 = lower(c0);
            int[] single = bySingle[c0];
            if (single != null) {
                return i;
            }
            char c1 = i + 1 < length ? text.charAt(i + 1) : 0;
            if (c1 >= 128) {
                continue;                  // c0 is ASCII, c1 is not: no two-character start here; c1 comes next
            }
            int[] pair = byPair[(c0 << 7) | lower(c1)];
            if (pair != null) {
                for (int string : pair) {
                    int match = matchesIgnoringAsciiCase(text, i, strings[string]);
                    if (match != 0) {
                        return match > 0 ? i : NOT_ASCII;
                    }
                }
            }
        }
        return -1;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** 1: the string is at {@code at}, ASCII case ignored; 0: it is not; -1: a non-ASCII character decides. */
    private static int matchesIgnoringAsciiCase(String text, int at, String string) {
        if (at + string.length() > text.length()) {
            for (int i = at; i < text.length(); i++) {
                if (text.charAt(i) >= 128) {
                    return -1;
                }
            }
            return 0;
        }
        for (int i = 0; i < string.length(); i++) {
            char c = text.charAt(at + i);
            if (c >= 128) {
                return -1;
            }
            if (lower(c) != string.charAt(i)) {
                return 0;
            }
        }
        return 1;
    }

    /** Every occurrence of every string, in order of position. */
    public void scan(String text, Occurrences occurrences) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean more = bytes.length == text.length() ? scanBytes(text, bytes, occurrences) : scanChars(text, occurrences);
        for (int string : others) {
            String s = strings[string];
            for (int at = text.indexOf(s); more && at >= 0; at = text.indexOf(s, at + 1)) {
                int lineNumber = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
                more = occurrences.found(string, at, text.lastIndexOf('\n', at) + 1, lineNumber);
            }
        }
    }

    /**
     * Over the text's ISO-8859-1 bytes (one per character; a character beyond Latin-1 is '?', and every candidate is
     * compared with the text itself, so it never matches wrongly).
     */
    private boolean scanBytes(String text, byte[] bytes, Occurrences occurrences) {
        int length = bytes.length;
        int lineStart = 0;
        int lineNumber = 1;
        int c1 = length == 0 ? 0 : bytes[0] & 0xff;
        for (int i = 0; i < length; i++) {
            int c0 = c1;
            c1 = i + 1 < length ? bytes[i + 1] & 0xff : 0;
            if (c0 == '\n') {
                lineStart = i + 1;
                lineNumber++;
                continue;
            }
            if (c0 >= 128) {
                continue;
            }
            if (!reportHintsAt(c0, c1, text, i, lineStart, lineNumber, occurrences)) {
                return false;
            }
        }
        return true;
    }

    private boolean scanChars(String text, Occurrences occurrences) {
        int length = text.length();
        int lineStart = 0;
        int lineNumber = 1;
        for (int i = 0; i < length; i++) {
            char c0 = text.charAt(i);
            if (c0 == '\n') {
                lineStart = i + 1;
                lineNumber++;
                continue;
            }
            if (c0 >= 128) {
                continue;
            }
            char c1 = i + 1 < length ? text.charAt(i + 1) : 0;
            if (!reportHintsAt(c0, c1, text, i, lineStart, lineNumber, occurrences)) {
                return false;
            }
        }
        return true;
    }

    /** The hints starting with the ASCII character {@code c0} (followed by {@code c1}) at offset {@code i}. */
    private boolean reportHintsAt(int c0, int c1, String text, int i, int lineStart, int lineNumber,
                                  Occurrences occurrences) {
        int[] single = bySingle[c0];
        if (single != null && !report(single, text, i, lineStart, lineNumber, occurrences)) {
            return false;
        }
        if (c1 < 128) {
            int[] pair = byPair[(c0 << 7) | c1];
            return pair == null || report(pair, text, i, lineStart, lineNumber, occurrences);
        }
        return true;
    }

    private boolean report(int[] candidates, String text, int at, int lineStart, int lineNumber, Occurrences occurrences) {
        for (int string : candidates) {
            if (text.startsWith(strings[string], at) && !occurrences.found(string, at, lineStart, lineNumber)) {
                return false;
            }
        }
        return true;
    }
}
