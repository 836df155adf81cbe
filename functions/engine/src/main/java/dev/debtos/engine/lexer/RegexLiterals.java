package dev.debtos.engine.lexer;

/** JavaScript's /regex/flags literals, told apart from division by the token before the slash. */
final class RegexLiterals {

    private RegexLiterals() {
    }

    static boolean mayStartHere(TokenStream tokens) {
        int last = tokens.size() - 1;
        if (last < 0) {
            return true;
        }
        return switch (tokens.kind(last)) {
            case IDENTIFIER, NUMBER, STRING, CLOSE_PAREN, CLOSE_BRACKET -> false;
            case KEYWORD -> tokens.is(last, "return") || tokens.is(last, "typeof") || tokens.is(last, "case")
                    || tokens.is(last, "do") || tokens.is(last, "else") || tokens.is(last, "in") || tokens.is(last, "of")
                    || tokens.is(last, "new") || tokens.is(last, "delete") || tokens.is(last, "void")
                    || tokens.is(last, "throw") || tokens.is(last, "yield") || tokens.is(last, "await");
            case OPERATOR -> !tokens.is(last, "++") && !tokens.is(last, "--");
            default -> true;
        };
    }

    /** From the opening slash to after the flags; a newline before the closing slash means it was not a regex. */
    static int scan(char[] src, int slash) {
        boolean inClass = false;
        for (int i = slash + 1; i < src.length; i++) {
            char c = src[i];
            if (c == '\\') {
                i++;
            } else if (c == '\n') {
                return slash + 1;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                int end = i + 1;
                while (end < src.length && Character.isLetter(src[end])) {
                    end++;
                }
                return end;
            }
        }
        return slash + 1;
    }
}
