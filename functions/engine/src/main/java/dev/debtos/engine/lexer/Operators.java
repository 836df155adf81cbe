package dev.debtos.engine.lexer;

/** Multi-character operators, longest first, so {@code &&} is one token and {@code &&!x} is {@code &&}, {@code !}. */
final class Operators {
    private static final String[] MULTI = {">>>=", "<<=", ">>=", ">>>", "===", "!==", "**=", "...", "..<", "??=",
            "&&=", "||=", "<=>", "//=", "->", "=>", "::", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=",
            "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "?.", "??", "..", "**", "?:", "=~", "!~", ":=", "//"};

    private Operators() {
    }

    /** The operators starting with each ASCII character, longest first: one short list to try per operator. */
    private static final String[][] BY_FIRST_CHAR = new String[128][];

    static {
        for (int c = 0; c < 128; c++) {
            final char first = (char) c;
            BY_FIRST_CHAR[c] = java.util.Arrays.stream(MULTI).filter(op -> op.charAt(0) == first).toArray(String[]::new);
        }
    }

    /** Length of the operator starting at {@code pos} (1 when no multi-character operator matches). */
    static int length(char[] src, int pos) {
        char first = src[pos];
        if (first >= 128) {
            return 1;
        }
        for (String op : BY_FIRST_CHAR[first]) {
            if (src.length - pos >= op.length() && matches(src, pos, op)) {
                return op.length();
            }
        }
        return 1;
    }

    private static boolean matches(char[] src, int pos, String op) {
        for (int i = 1; i < op.length(); i++) {
            if (src[pos + i] != op.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
