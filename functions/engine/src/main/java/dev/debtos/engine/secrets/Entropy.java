package dev.debtos.engine.secrets;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of a string's characters: random keys score 4 to 6 bits a character, words and names 2 to 3.5. */
final class Entropy {

    private Entropy() {
    }

    static double bitsPerChar(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            counts.merge(text.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / text.length();
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
