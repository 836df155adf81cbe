package dev.debtos.engine.lexer;

import java.util.function.IntConsumer;

/** Ruby's %-literals (%w[..], %q(..), %r{..}) and heredocs (<<~EOS, <<-EOS, <<EOS). */
final class RubyLiterals {

    private RubyLiterals() {
    }

    /** '%' opens a literal where an operand may start: %w[a b], %(text); not the modulo operator. */
    static boolean isPercentLiteral(char[] src, int pos, TokenStream tokens) {
        if (!RegexLiterals.mayStartHere(tokens) || pos + 1 >= src.length) {
            return false;
        }
        int i = pos + 1;
        if ("qQwWiIrsx".indexOf(src[i]) >= 0) {
            i++;
        }
        return i < src.length && "([{<|!/".indexOf(src[i]) >= 0;
    }

    static int percentLiteral(char[] src, int pos, IntConsumer onNewline) {
        int i = pos + 1;
        if (Character.isLetter(src[i])) {
            i++;
        }
        char open = src[i];
        char close = switch (open) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            case '<' -> '>';
            default -> open;
        };
        int depth = 1;
        for (i = i + 1; i < src.length; i++) {
            char c = src[i];
            if (c == '\\') {
                i++;
            } else if (c == '\n') {
                onNewline.accept(i);
            } else if (c == close && --depth == 0) {
                return i + 1;
            } else if (c == open && open != close) {
                depth++;
            }
        }
        return src.length;
    }

    static boolean isHeredoc(char[] src, int pos) {
        if (pos + 2 >= src.length || src[pos + 1] != '<') {
            return false;
        }
        int i = pos + 2;
        if (src[i] == '~' || src[i] == '-') {
            i++;
        }
        if (i < src.length && (src[i] == '\'' || src[i] == '"')) {
            i++;
        }
        return i < src.length && Character.isUpperCase(src[i]);
    }

    /**
     * The heredoc as one string token, from {@code <<~EOS} through its terminator line. Simplification: the rest
     * of the opening line (usually {@code .strip} or {@code )}) is swallowed with it.
     */
    static int heredoc(char[] src, int pos, IntConsumer onNewline) {
        int i = pos + 2;
        if (src[i] == '~' || src[i] == '-') {
            i++;
        }
        if (src[i] == '\'' || src[i] == '"') {
            i++;
        }
        int nameStart = i;
        while (i < src.length && (Character.isLetterOrDigit(src[i]) || src[i] == '_')) {
            i++;
        }
        String terminator = new String(src, nameStart, i - nameStart);
        while (i < src.length && src[i] != '\n') {
            i++;
        }
        for (int j = i; j < src.length; j++) {
            if (src[j] != '\n') {
                continue;
            }
            onNewline.accept(j);
            int end = j + 1;
            while (end < src.length && src[end] != '\n') {
                end++;
            }
            if (new String(src, j + 1, end - j - 1).strip().equals(terminator)) {
                return end;
            }
        }
        return src.length;
    }
}
