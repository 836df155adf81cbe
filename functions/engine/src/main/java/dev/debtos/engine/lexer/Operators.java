package dev.debtos.engine.lexer;

/** Multi-character operators, longest first, so {@code &&} is one token and {@code &&!x} is {@code &&}, {@code !}. */
final class Operators {
    private static final String[] MULTI = {">>>=", "<<=", ">>=", ">>>", "===", "!==", "**=", "...", "..<", "??=",
            "&&=", "||=", "<=>", "//=", "->", "=>", "::", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=",
            "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "?.", "??", "..", "**", "?:", "=~", "!~", ":=", "//"};

    private Operators() {
    }

    /** Length of the operator starting at {@code pos} (1 when no multi-character operator matches). */
    static int length(char[] src, int pos) {
        for (String op : MULTI) {
            if (src.length - pos >= op.length() && op.charAt(0) == src[pos] && matches(src, pos, op)) {
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
