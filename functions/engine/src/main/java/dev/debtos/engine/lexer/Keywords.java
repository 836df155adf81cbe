package dev.debtos.engine.lexer;

import java.util.Set;

/**
 * A word set (keywords, operators) looked up straight from the source characters (no String per identifier): an open-addressing
 * table keyed by the same hash {@link TokenStream#textHash} computes.
 */
public final class Keywords {
    private final String[] table;
    private final int mask;

    public Keywords(Set<String> words) {
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        table = new String[capacity];
        mask = capacity - 1;
        for (String word : words) {
            int slot = hash(word) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
        }
    }

    private static int hash(CharSequence text) {
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean sameText(String word, char[] source, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != source[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code index}'s text is one of the words, without allocating. */
    public boolean contains(TokenStream tokens, int index) {
        return contains(tokens.source(), tokens.start(index), tokens.end(index));
    }

    boolean contains(char[] source, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + source[i];
        }
        int slot = mix(h) & mask;
        while (table[slot] != null) {
            String word = table[slot];
            if (sameText(word, source, start, end)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }
}
