package dev.debtos.worker.embed;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cheap second check of a semantic clone: the code's shape as tokens with names and literals normalised
 * (identifier {@code I}, number {@code N}, string {@code S}; keywords and punctuation kept), compared as multisets of
 * token bigrams (Dice coefficient, 0..1). A copy with renamed variables scores near 1; two functions that are merely
 * about the same subject score low.
 */
final class TokenShapes {
    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|[A-Za-z_$][\\w$]*|\\d[\\w.]*|\\S");
    private static final Set<String> KEYWORDS = Set.of("if", "else", "for", "while", "do", "switch", "case", "default", "break",
            "continue", "return", "try", "catch", "finally", "throw", "throws", "new", "class", "interface", "enum", "static",
            "final", "public", "private", "protected", "void", "int", "long", "double", "float", "boolean", "char", "byte",
            "short", "null", "true", "false", "this", "super", "def", "function", "fn", "func", "let", "var", "const", "val",
            "in", "of", "not", "and", "or", "is", "None", "True", "False", "self", "yield", "async", "await", "with", "import");

    private TokenShapes() {
    }

    /** The normalised tokens, space-separated. */
    static String of(String code) {
        StringBuilder shape = new StringBuilder();
        Matcher matcher = TOKEN.matcher(code);
        while (matcher.find()) {
            String token = matcher.group();
            char first = token.charAt(0);
            String normal = first == '"' || first == '\'' ? "S"
                    : Character.isDigit(first) ? "N"
                    : (Character.isLetter(first) || first == '_' || first == '$') && !KEYWORDS.contains(token) ? "I"
                    : token;
            shape.append(normal).append(' ');
        }
        return shape.toString();
    }

    static double similarity(String a, String b) {
        Map<String, Integer> first = bigrams(a);
        Map<String, Integer> second = bigrams(b);
        int total = first.values().stream().mapToInt(Integer::intValue).sum() + second.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int common = 0;
        for (var entry : first.entrySet()) {
            common += Math.min(entry.getValue(), second.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * common / total;
    }

    private static Map<String, Integer> bigrams(String shape) {
        String[] tokens = shape.isBlank() ? new String[0] : shape.strip().split(" ");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < tokens.length; i++) {
            counts.merge(tokens[i] + " " + tokens[i + 1], 1, Integer::sum);
        }
        return counts;
    }
}
