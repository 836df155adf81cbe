package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import java.util.Arrays;

/** For every bracket token, the index of its partner (-1 if unbalanced); computed once per file. */
final class BraceMatcher {
    private final int[] partner;

    BraceMatcher(TokenStream tokens) {
        partner = new int[tokens.size()];
        Arrays.fill(partner, -1);
        int[] stack = new int[64];
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenKind kind = tokens.kind(i);
            if (kind == TokenKind.OPEN_BRACE || kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET) {
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
            } else if (kind == TokenKind.CLOSE_BRACE || kind == TokenKind.CLOSE_PAREN || kind == TokenKind.CLOSE_BRACKET) {
                TokenKind open = opening(kind);
                // tolerate stray closers (macros, broken code): unwind to the nearest matching opener
                int at = depth - 1;
                while (at >= 0 && tokens.kind(stack[at]) != open) {
                    at--;
                }
                if (at >= 0) {
                    partner[i] = stack[at];
                    partner[stack[at]] = i;
                    depth = at;
                }
            }
        }
    }

    private static TokenKind opening(TokenKind closing) {
        return switch (closing) {
            case CLOSE_BRACE -> TokenKind.OPEN_BRACE;
            case CLOSE_PAREN -> TokenKind.OPEN_PAREN;
            default -> TokenKind.OPEN_BRACKET;
        };
    }

    int partner(int index) {
        return index >= 0 && index < partner.length ? partner[index] : -1;
    }
}
