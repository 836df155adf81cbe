package dev.debtos.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Literal strings a rule looks for before it reads a line or runs a regular expression (a quote character, a word
 * such as {@code executeQuery}). All of them are searched in one pass over a text: a table of each string's first two
 * characters says where a comparison is worth making. Searching for each string in turn would cost one pass per
 * string, and {@link String#indexOf} is not vectorised by the C1 compiler the command line runs with.
 * <p>
 * Every set made with {@link #files} or {@link #lines} is known to {@link TextIndex}, which finds all such sets in each
 * file in a single pass shared by the rules; a set made with {@link #lines} also has the lines holding it recorded.
 */
final class Hints {
    private static final List<Hints> ALL = new CopyOnWriteArrayList<>();

    private final List<String> strings;
    private final boolean byLine;
    private final Search search;
    final int id;

    private Hints(List<String> strings, boolean shared, boolean byLine) {
        for (String string : strings) {
            if (string.isEmpty() || string.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a hint is one line of text: '" + string + "'");
            }
        }
        this.strings = List.copyOf(strings);
        this.byLine = byLine;
        this.search = new Search(this.strings);
        if (shared) {
            synchronized (ALL) {
                this.id = ALL.size();
                ALL.add(this);
            }
        } else {
            this.id = -1;
        }
    }

    /** Strings a rule looks for in single lines or texts of its own ({@link #in}), not in the shared index. */
    static Hints of(List<String> strings) {
        return new Hints(strings, false, false);
    }

    /** Strings a rule looks for in whole files ({@link TextIndex#holds}). */
    static Hints files(List<String> strings) {
        return new Hints(strings, true, false);
    }

    /** Strings whose lines a rule visits ({@link TextIndex#forEachLine}). */
    static Hints lines(List<String> strings) {
        return new Hints(strings, true, true);
    }

    /** Every set made so far, in order of {@link #id}. */
    static List<Hints> all() {
        return List.copyOf(ALL);
    }

    List<String> strings() {
        return strings;
    }

    boolean byLine() {
        return byLine;
    }

    /** Whether {@code text} holds one of the strings. */
    boolean in(String text) {
        return search.firstIn(text) >= 0;
    }

    /** Tells {@code occurrences} of every occurrence of every string in {@code text}. */
    void forEachOccurrence(String text, Occurrences occurrences) {
        search.scan(text, occurrences);
    }

    /** The lines of {@code text} holding one of the strings, in line order: pairs of start offset and 1-based number. */
    int[] linesIn(String text) {
        Lines lines = new Lines();
        search.scan(text, (string, at, lineStart, lineNumber) -> {
            lines.add(lineStart, lineNumber);
            return true;
        });
        return lines.toArray();
    }

    /** Collects lines (start offset, number), each once, and returns them in line order. */
    static final class Lines {
        private int[] pairs = new int[8];
        private int size;
        private int lastStart = -1;

        void add(int start, int number) {
            if (start == lastStart) {
                return;
            }
            lastStart = start;
            if (size + 2 > pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = start;
            pairs[size++] = number;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** In line order without repeats (occurrences of strings that start beyond ASCII are found last). */
        int[] toArray() {
            int[] result = java.util.Arrays.copyOf(pairs, size);
            for (int i = 2; i < size; i += 2) {
                if (result[i] <= result[i - 2]) {
                    long[] unique = new long[size / 2];
                    for (int j = 0; j < unique.length; j++) {
                        unique[j] = (long) result[2 * j] << 32 | result[2 * j + 1];
                    }
                    unique = java.util.Arrays.stream(unique).sorted().distinct().toArray();
                    result = new int[unique.length * 2];
                    for (int j = 0; j < unique.length; j++) {
                        result[2 * j] = (int) (unique[j] >>> 32);
                        result[2 * j + 1] = (int) unique[j];
                    }
                    break;
                }
            }
            return result;
        }
    }

    /**
     * Told each occurrence: which string (its index), where, where its line starts and the line's 1-based number;
     * false stops the search.
     */
    interface Occurrences {
        boolean found(int string, int at, int lineStart, int lineNumber);
    }

    /** A search for several strings at once, occurrences reported in order of position. */
    static final class Search {
        private final String[] strings;
        /** Indexes of the strings starting with the two ASCII characters {@code (c0 << 7) | c1}. */
        private final int[][] byPair = new int[128 * 128][];
        /** Indexes of the one-character strings, by their ASCII character. */
        private final int[][] bySingle = new int[128][];
        /** Strings that start with a non-ASCII character: rare, searched with indexOf. */
        private final List<Integer> others = new ArrayList<>();

        Search(List<String> strings) {
            this.strings = strings.toArray(String[]::new);
            for (int i = 0; i < this.strings.length; i++) {
                String s = this.strings[i];
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
            int[] longer = array == null ? new int[1] : java.util.Arrays.copyOf(array, array.length + 1);
            longer[longer.length - 1] = value;
            return longer;
        }

        /** The position of the first occurrence of any string, or -1. */
        int firstIn(String text) {
            int[] first = {-1};
            if (text.length() < 256) {
                scanChars(text, (string, at, lineStart, lineNumber) -> {
                    first[0] = at;
                    return false;
                });
                return othersFirst(text, first[0]);
            }
            scan(text, (string, at, lineStart, lineNumber) -> {
                first[0] = at;
                return false;
            });
            return othersFirst(text, first[0]);
        }

        private int othersFirst(String text, int found) {
            int first = found;
            for (int string : others) {
                int at = text.indexOf(strings[string]);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }

        /** Every occurrence of every string in order of position (those starting with a non-ASCII character last). */
        void scan(String text, Occurrences occurrences) {
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
         * Over the text's ISO-8859-1 bytes (one per character; a character beyond Latin-1 is '?', and every candidate
         * is compared with the text itself, so it never matches wrongly).
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
                int[] single = bySingle[c0];
                if (single != null && !report(single, text, i, lineStart, lineNumber, occurrences)) {
                    return false;
                }
                if (c1 < 128) {
                    int[] pair = byPair[(c0 << 7) | c1];
                    if (pair != null && !report(pair, text, i, lineStart, lineNumber, occurrences)) {
                        return false;
                    }
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
                int[] single = bySingle[c0];
                if (single != null && !report(single, text, i, lineStart, lineNumber, occurrences)) {
                    return false;
                }
                char c1 = i + 1 < length ? text.charAt(i + 1) : 0;
                if (c1 < 128) {
                    int[] pair = byPair[(c0 << 7) | c1];
                    if (pair != null && !report(pair, text, i, lineStart, lineNumber, occurrences)) {
                        return false;
                    }
                }
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
}
