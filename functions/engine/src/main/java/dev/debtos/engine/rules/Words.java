package dev.debtos.engine.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
     * (runs of identifier characters) are looked up among the names by their hash, computed while reading the word,
     * without copying it. A name holding other characters is counted alone.
     */
    static Map<String, Integer> counts(String text, Set<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> words = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String name : names) {
            counts.put(name, 0);
            if (isWord(name)) {
                words.add(name);
                shortest = Math.min(shortest, name.length());
                longest = Math.max(longest, name.length());
            } else {
                counts.put(name, count(text, name));
            }
        }
        if (words.isEmpty()) {
            return counts;
        }
        int mask = Integer.highestOneBit(words.size() * 4) - 1;     // a quarter full at most
        String[] table = new String[mask + 1];
        int[] tally = new int[mask + 1];
        for (String word : words) {
            int slot = spread(word.hashCode()) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
        }
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);   // one byte a character: '?' beyond Latin-1
        int length = latin1.length;
        int i = 0;
        while (i < length) {
            char c = charAt(text, latin1, i);
            if (!isIdentifierPart(c)) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            while (isIdentifierPart(c)) {
                hash = 31 * hash + c;
                if (++i == length) {
                    break;
                }
                c = charAt(text, latin1, i);
            }
            int size = i - start;
            if (size >= shortest && size <= longest && (start == 0 || latin1[start - 1] != 0)) {
                for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
                    String word = table[slot];
                    if (word.length() == size && text.regionMatches(start, word, 0, size)) {
                        tally[slot]++;
                        break;
                    }
                }
            }
        }
        for (int slot = 0; slot <= mask; slot++) {
            if (table[slot] != null) {
                counts.put(table[slot], tally[slot]);
            }
        }
        return counts;
    }

    /** The character at {@code i}: its Latin-1 byte, or the text's own character where that byte stands for one beyond. */
    private static char charAt(String text, byte[] latin1, int i) {
        byte b = latin1[i];
        return b == '?' ? text.charAt(i) : (char) (b & 0xff);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
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
