package dev.debtos.engine.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whole-word occurrences of a name in a text (not inside a longer identifier). */
final class Words {
    /** Which ASCII characters are identifier parts (letters, digits, '_' and '$'). */
    private static final boolean[] ASCII_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_PART[c] = Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }

    private Words() {
    }

    static int count(String text, String word) {
        return countNotAfter(text, word, '\0');
    }

    /** Whole-word occurrences not right after {@code before} ({@code '#'}: not inside a {@code #member} link). */
    static int countNotAfter(String text, String word, char before) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            boolean startsWord = at == 0 || !isIdentifierPart(text.charAt(at - 1)) && text.charAt(at - 1) != before;
            int end = at + word.length();
            boolean endsWord = end == text.length() || !isIdentifierPart(text.charAt(end));
            if (startsWord && endsWord) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@link #count} of each of several names, in one pass over the text rather than one per name: the text's words
     * (runs of identifier characters) are compared with the names. A name holding other characters is counted alone.
     */
    static Map<String, Integer> counts(String text, Set<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String name : names) {
            counts.put(name, 0);
            if (isWord(name)) {
                shortest = Math.min(shortest, name.length());
                longest = Math.max(longest, name.length());
            } else {
                counts.put(name, count(text, name));
            }
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isIdentifierPart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isIdentifierPart(text.charAt(i))) {
                i++;
            }
            int size = i - start;
            if (size >= shortest && size <= longest && (start == 0 || text.charAt(start - 1) != '\0')) {
                String word = text.substring(start, i);
                Integer seen = counts.get(word);
                if (seen != null && isWord(word)) {
                    counts.put(word, seen + 1);
                }
            }
        }
        return counts;
    }

    /**
     * The words right after the whole-word occurrences of each prefix (one pass for all of them): {@code Foo} for
     * {@code class Foo} and the prefix {@code "class "}. For a name of identifier characters, {@code count(text,
     * prefix + name) > 0} exactly when the name is in the set.
     */
    static Set<String> following(String text, Hints prefixes) {
        Set<String> names = new HashSet<>();
        List<String> strings = prefixes.strings();
        prefixes.forEachOccurrence(text, (string, at, lineStart, lineNumber) -> {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if (at == 0 || !isIdentifierPart(before) && before != '\0') {
                int start = at + strings.get(string).length();
                int end = start;
                while (end < text.length() && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    names.add(text.substring(start, end));
                }
            }
            return true;
        });
        return names;
    }

    private static boolean isWord(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifierPart(char c) {
        return c < 128 ? ASCII_PART[c] : Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
