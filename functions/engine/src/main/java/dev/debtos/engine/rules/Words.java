package dev.debtos.engine.rules;

/** Whole-word occurrences of a name in a text (not inside a longer identifier), found with {@link String#indexOf}. */
final class Words {

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

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
