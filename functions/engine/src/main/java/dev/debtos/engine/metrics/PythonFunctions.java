package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Python: a function is {@code def name(params):} and its body is every following logical line indented
 * deeper than the line holding {@code def}. Control blocks are tracked by indentation the same way.
 */
final class PythonFunctions {
    private final TokenStream t;
    private final BraceMatcher braces;
    /** For each token, whether it starts a logical line (first on its line, outside brackets). */
    private final boolean[] lineStart;

    PythonFunctions(TokenStream tokens, BraceMatcher braces) {
        this.t = tokens;
        this.braces = braces;
        this.lineStart = new boolean[tokens.size()];
        int depth = 0;
        int lastLine = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (depth == 0 && t.line(i) != lastLine) {
                lineStart[i] = true;
            }
            lastLine = t.line(i);
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE) {
                depth++;
            } else if (kind == TokenKind.CLOSE_PAREN || kind == TokenKind.CLOSE_BRACKET || kind == TokenKind.CLOSE_BRACE) {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    List<FunctionSpan> locate() {
        List<FunctionSpan> functions = new ArrayList<>();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!t.is(i, "def") || t.kind(i + 1) != TokenKind.IDENTIFIER || t.kind(i + 2) != TokenKind.OPEN_PAREN) {
                continue;
            }
            int close = braces.partner(i + 2);
            if (close < 0) {
                continue;
            }
            int indent = indentOfLine(i);
            int colon = close + 1;
            while (colon < t.size() && !t.is(colon, ":")) {
                colon++; // past a return annotation: -> Dict[str, int]
            }
            int end = colon;
            for (int j = colon + 1; j < t.size(); j++) {
                if (lineStart[j] && t.line(j) > t.line(colon) && t.column(j) <= indent) {
                    break;
                }
                end = j;
            }
            functions.add(new FunctionSpan(t.text(i + 1), i + 1, i + 2, close, colon, end, t.line(i), t.line(end)));
        }
        return functions;
    }

    private int indentOfLine(int token) {
        int i = token;
        while (i > 0 && !lineStart[i]) {
            i--;
        }
        return t.column(i);
    }

    private record Block(int indent, boolean raises) {
    }

    ComplexityTally measure(FunctionSpan span, List<FunctionSpan> nested) {
        ComplexityTally tally = new ComplexityTally();
        Deque<Block> blocks = new ArrayDeque<>();
        int nestedIndex = 0;
        int depth = 0;
        boolean comprehension = false;
        for (int i = span.bodyStart() + 1; i <= span.bodyEnd(); i++) {
            if (nestedIndex < nested.size() && i >= nested.get(nestedIndex).nameToken() - 1) {
                i = nested.get(nestedIndex++).bodyEnd();
                continue;
            }
            if (lineStart[i]) {
                while (!blocks.isEmpty() && blocks.peek().indent() >= t.column(i)) {
                    Block b = blocks.pop();
                    if (b.raises()) {
                        tally.leave(true);
                    }
                }
                tally.endSequence(0);
            }
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE) {
                depth++;
                comprehension = false;
            } else if (kind == TokenKind.CLOSE_PAREN || kind == TokenKind.CLOSE_BRACKET || kind == TokenKind.CLOSE_BRACE) {
                depth = Math.max(0, depth - 1);
            } else if (kind == TokenKind.KEYWORD) {
                comprehension |= depth > 0 && t.is(i, "for");
                keyword(i, tally, blocks, depth > 0, comprehension);
            } else if (kind == TokenKind.IDENTIFIER && t.is(i, span.name()) && t.kind(i + 1) == TokenKind.OPEN_PAREN
                    && (!t.is(i - 1, ".") || t.is(i - 2, "self"))) {
                tally.flatIncrement(); // recursion
            }
        }
        return tally;
    }

    private void keyword(int i, ComplexityTally tally, Deque<Block> blocks, boolean inBrackets, boolean comprehension) {
        int indent = t.column(i);
        boolean statement = lineStart[i] || t.is(i - 1, "async") && lineStart[i - 1];
        switch (t.text(i)) {
            case "if", "for", "while" -> {
                tally.decision();
                if (statement) {
                    tally.nestingIncrement();
                    open(blocks, tally, indentOf(i), true);
                } else if (!comprehension || t.is(i, "if") && !inBrackets) {
                    if (t.is(i, "if")) {
                        tally.nestingIncrement(); // conditional expression: a if c else b
                    }
                }
            }
            case "elif" -> {
                tally.decision();
                tally.flatIncrement();
                open(blocks, tally, indent, true);
            }
            case "else" -> {
                if (statement) {
                    tally.flatIncrement();
                    open(blocks, tally, indent, true);
                }
            }
            case "except" -> {
                tally.decision();
                tally.nestingIncrement();
                open(blocks, tally, indent, true);
            }
            case "match" -> {
                if (statement && t.kind(i + 1) != TokenKind.OPERATOR) {
                    tally.nestingIncrement();
                    open(blocks, tally, indent, true);
                }
            }
            case "case" -> {
                if (statement && !t.is(i + 1, "_")) {
                    tally.decision();
                }
            }
            case "try", "finally", "with" -> {
                if (statement) {
                    open(blocks, tally, indentOf(i), false);
                }
            }
            case "and", "or" -> tally.logicalOperator(t.text(i), 0);
            default -> {
            }
        }
    }

    private int indentOf(int i) {
        return lineStart[i] ? t.column(i) : t.column(i - 1);
    }

    private static void open(Deque<Block> blocks, ComplexityTally tally, int indent, boolean raises) {
        blocks.push(new Block(indent, raises));
        if (raises) {
            tally.enter(true);
        }
    }
}
