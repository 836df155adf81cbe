package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import java.util.BitSet;
import java.util.List;

/**
 * Java's cyclomatic complexity exactly as PMD 7's CyclomaticComplexity rule counts it (docs/cyclomatic-pmd-rules.md):
 * +1 per if, loop, do, catch, throw, ternary and constant case label; &&/|| only inside conditions (if, loops,
 * switch selectors, ternary conditions, a for loop's middle part); +2 when a whole condition is a ternary; lambda
 * bodies and anonymous or local class bodies count nothing.
 */
final class JavaCyclomatic {
    private final TokenStream t;
    private final BraceMatcher braces;
    private final BitSet lambdas = new BitSet();

    JavaCyclomatic(TokenStream tokens, BraceMatcher braces, BitSet anonymousBodies) {
        this.t = tokens;
        this.braces = braces;
        for (int b = anonymousBodies.nextSetBit(0); b >= 0; b = anonymousBodies.nextSetBit(b + 1)) {
            lambdas.set(b, braces.partner(b) + 1);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.is(i, "->") && tokens.kind(i + 1) != TokenKind.OPEN_BRACE && !ArrowFunctions.isSwitchRule(tokens, i)) {
                lambdas.set(i, expressionEnd(i + 1) + 1);
            }
        }
    }

    int measure(FunctionSpan span, List<FunctionSpan> nested) {
        int value = 1;
        int nestedIndex = 0;
        BitSet skippedWhiles = new BitSet();
        for (int i = span.bodyStart() + 1; i < span.bodyEnd(); i++) {
            if (nestedIndex < nested.size() && i >= nested.get(nestedIndex).nameToken()) {
                i = nested.get(nestedIndex++).bodyEnd();
                continue;
            }
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.OPEN_BRACE && braces.partner(i) > i && JavaClassBodies.isClassBody(t, braces, i)) {
                i = braces.partner(i); // an anonymous or local class: its field initialisers are not this method's
                continue;
            }
            if (kind != TokenKind.KEYWORD && kind != TokenKind.OPERATOR || lambdas.get(i)) {
                continue; // every decision is a keyword, or the '?' operator
            }
            if (t.is(i, "for")) {
                value += 1 + forCondition(i + 1);
            } else if (t.is(i, "if") || t.is(i, "while") && !skippedWhiles.get(i)) {
                value += 1 + condition(i + 1);
            } else if (t.is(i, "while")) {
                value += condition(i + 1); // the condition of a do-while
            } else if (t.is(i, "do")) {
                value++;
                int close = braces.partner(i + 1);
                if (close > 0 && t.is(close + 1, "while")) {
                    skippedWhiles.set(close + 1);
                }
            } else if (t.is(i, "switch")) {
                value += condition(i + 1);
            } else if (t.is(i, "catch") || t.is(i, "throw")) {
                value++;
            } else if (t.is(i, "case")) {
                value += constantLabels(i + 1);
            } else if (t.is(i, "?") && Ternaries.isTernary(t, Language.JAVA, braces, i)) {
                value += 1 + logicalOperators(ternaryConditionStart(i), i);
            }
        }
        return value;
    }

    /**
     * A for loop's condition is the part between its two top-level ';' (its initialisers and updates decide nothing);
     * a for-each loop has none.
     */
    private int forCondition(int open) {
        int close = braces.partner(open);
        if (t.kind(open) != TokenKind.OPEN_PAREN || close < 0) {
            return 0;
        }
        int first = -1;
        for (int i = open + 1; i < close; i++) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE) {
                i = Math.max(i, braces.partner(i));
            } else if (kind == TokenKind.SEMICOLON && first < 0) {
                first = i;
            } else if (kind == TokenKind.SEMICOLON) {
                int from = first + 1;
                int to = i;
                while (t.kind(from) == TokenKind.OPEN_PAREN && braces.partner(from) == to - 1) {
                    from++;
                    to--;
                }
                return from >= to ? 0 : logicalOperators(from, to) + (topLevelTernary(from, to) ? 2 : 0);
            }
        }
        return 0;
    }

    /** &&/|| in a parenthesised condition, plus PMD's 2 when the whole condition is a ternary. */
    private int condition(int open) {
        if (t.kind(open) != TokenKind.OPEN_PAREN || braces.partner(open) < 0) {
            return 0;
        }
        int close = braces.partner(open);
        int from = open + 1;
        int to = close;
        while (t.kind(from) == TokenKind.OPEN_PAREN && braces.partner(from) == to - 1) {
            from++;
            to--;
        }
        return logicalOperators(from, to) + (topLevelTernary(from, to) ? 2 : 0);
    }

    private boolean topLevelTernary(int from, int to) {
        for (int i = from; i < to; i++) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE) {
                i = Math.max(i, braces.partner(i));
            } else if (t.is(i, "?") && !lambdas.get(i) && Ternaries.isTernary(t, Language.JAVA, braces, i)) {
                return true;
            }
        }
        return false;
    }

    private int logicalOperators(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((t.is(i, "&&") || t.is(i, "||")) && !lambdas.get(i)) {
                count++;
            }
        }
        return count;
    }

    /** Back from a ternary's '?' to where its condition starts. */
    private int ternaryConditionStart(int question) {
        for (int i = question - 1; i >= 0; i--) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.CLOSE_PAREN || kind == TokenKind.CLOSE_BRACKET) {
                i = Math.max(0, braces.partner(i));
                continue;
            }
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE
                    || kind == TokenKind.CLOSE_BRACE || kind == TokenKind.SEMICOLON || kind == TokenKind.COMMA
                    || t.is(i, "=") || t.is(i, "return") || t.is(i, "->") || t.is(i, "?") || t.is(i, ":")
                    || t.is(i, "yield") || kind == TokenKind.OPERATOR && t.text(i).endsWith("=") && !t.is(i, "==")
                    && !t.is(i, "!=") && !t.is(i, "<=") && !t.is(i, ">=")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Constant labels after 'case' (+1 each); pattern labels and their guards count nothing. */
    private int constantLabels(int from) {
        int count = 0;
        int elementStart = from;
        int angles = 0; // a generic type pattern's arguments: case Entry<K, V> e ->
        for (int i = from; i < t.size(); i++) {
            boolean end = t.is(i, ":") || t.is(i, "->") || t.is(i, "when");
            if (t.is(i, "default")) {
                return 0; // case null, default: the default branch, no decision
            }
            angles += t.is(i, "<") ? 1 : t.is(i, ">") ? -1 : t.is(i, ">>") ? -2 : 0;
            if (t.kind(i) == TokenKind.COMMA && angles <= 0 || end) {
                if (isConstant(elementStart, i)) {
                    count++;
                }
                if (end) {
                    return count;
                }
                elementStart = i + 1;
            } else if (t.kind(i) == TokenKind.OPEN_PAREN) {
                i = Math.max(i, braces.partner(i));
            }
        }
        return count;
    }

    /**
     * A constant label: anything but a pattern ({@code Type name}, {@code Type(..)} record patterns, {@code _}), so
     * {@code (0x400)}, {@code -1}, {@code A.B} and {@code MAX + 1} all are.
     */
    private boolean isConstant(int from, int to) {
        if (from >= to || t.is(from, "default") || t.is(from, "_")) {
            return false;
        }
        for (int j = from; j + 1 < to; j++) {
            TokenKind kind = t.kind(j);
            boolean typeEnd = kind == TokenKind.IDENTIFIER || t.is(j, ">") || t.is(j, ">>") || kind == TokenKind.CLOSE_BRACKET;
            if (typeEnd && (t.kind(j + 1) == TokenKind.IDENTIFIER || t.is(j + 1, "_"))
                    || kind == TokenKind.IDENTIFIER && t.kind(j + 1) == TokenKind.OPEN_PAREN) {
                return false;
            }
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET) {
                j = Math.max(j, braces.partner(j) - 1);
            }
        }
        return true;
    }

    /** End of a lambda's expression body: the ',', ')', ';' or '}' that closes it at its own depth. */
    private int expressionEnd(int from) {
        for (int i = from; i < t.size(); i++) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE) {
                int close = braces.partner(i);
                if (close < 0) {
                    return i;
                }
                i = close;
            } else if (kind == TokenKind.COMMA || kind == TokenKind.SEMICOLON || kind == TokenKind.CLOSE_PAREN
                    || kind == TokenKind.CLOSE_BRACKET || kind == TokenKind.CLOSE_BRACE) {
                return i - 1;
            }
        }
        return t.size() - 1;
    }
}
