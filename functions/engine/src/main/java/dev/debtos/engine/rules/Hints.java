package dev.debtos.engine.rules;

import dev.debtos.engine.source.TextSearch;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Literal strings a rule looks for before it reads a line or runs a regular expression (a quote character, a word
 * such as {@code executeQuery}), all searched in one pass over a text ({@link TextSearch}).
 * <p>
 * Every set made with {@link #files} or {@link #lines} is known to {@link TextIndex}, which finds all such sets in each
 * file in a single pass shared by the rules; a set made with {@link #lines} also has the lines holding it recorded.
 */
final class Hints {
    private static final List<Hints> ALL = new CopyOnWriteArrayList<>();

    private final List<String> strings;
    private final boolean byLine;
    private final TextSearch search;
    final int id;

    private Hints(List<String> strings, boolean shared, boolean byLine) {
        for (String string : strings) {
            if (string.isEmpty() || string.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a hint is one line of text: '" + string + "'");
            }
        }
        this.strings = List.copyOf(strings);
        this.byLine = byLine;
        this.search = new TextSearch(this.strings);
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
    void forEachOccurrence(String text, TextSearch.Occurrences occurrences) {
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

}
