package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.lexer.Keywords;
import java.util.Set;

/** What each control keyword adds to cyclomatic and cognitive complexity, and where its body starts. */
final class ControlKeywords {

    private ControlKeywords() {
    }

    private static final Keywords HANDLED = new Keywords(Set.of("if", "else", "elseif", "for", "foreach", "loop", "while", "do",
            "repeat", "switch", "select", "when", "match", "case", "catch", "guard", "goto", "break", "continue", "and", "or",
            "return", "throw"));

    static void handle(BraceComplexity walk, int i) {
        TokenStream t = walk.tokens();
        if (!HANDLED.contains(t, i)) {
            return;
        }
        ComplexityTally tally = walk.tally();
        Language language = walk.language();
        switch (t.text(i)) {
            case "if" -> {
                tally.decision();
                if (walk.isElseIf(i)) {
                    tally.flatIncrement();
                } else {
                    tally.nestingIncrement();
                }
                walk.scheduleBody(bodyAfterHeader(walk, i), false);
            }
            case "elseif" -> {
                tally.decision();
                tally.flatIncrement();
                walk.endStatementBodies();
                walk.scheduleBody(bodyAfterHeader(walk, i), false);
            }
            case "else" -> {
                walk.endStatementBodies(); // if (c) a else b: the if's single-statement body ends here
                if (t.is(i + 1, "->")) {
                    return; // Kotlin's when: else -> is the default branch, not an else
                }
                if (t.is(i + 1, "if")) {
                    walk.markElseIf(i + 1);
                } else {
                    tally.flatIncrement();
                    walk.scheduleBody(i + 1, false);
                }
            }
            case "for", "foreach", "loop" -> loop(walk, i);
            case "while" -> {
                if (!walk.isSkippedWhile(i)) {
                    loop(walk, i);
                }
            }
            case "do", "repeat" -> {
                if (language == Language.SWIFT && t.is(i, "do")) {
                    return; // Swift's do is a try block
                }
                tally.decision();
                tally.nestingIncrement();
                walk.scheduleBody(i + 1, false);
                int close = walk.braces().partner(i + 1);
                if (close > 0 && t.is(close + 1, "while")) {
                    walk.skipWhile(close + 1);
                }
            }
            case "switch", "select", "when", "match" -> {
                if (t.is(i, "match") && language == Language.PHP || t.is(i, "when") && language != Language.KOTLIN) {
                    return;
                }
                tally.nestingIncrement();
                boolean arms = language == Language.KOTLIN || language == Language.RUST
                        || language == Language.CSHARP && t.kind(i + 1) == TokenKind.OPEN_BRACE;
                walk.scheduleBody(bodyAfterHeader(walk, i), arms);
            }
            case "case" -> {
                if (!t.is(i + 1, "_") && !t.is(i + 1, "class") && !t.is(i + 1, "object") && !t.is(i + 1, "default")) {
                    tally.decision();
                }
            }
            case "catch" -> {
                tally.decision();
                tally.nestingIncrement();
                walk.scheduleBody(bodyAfterHeader(walk, i), false);
            }
            case "guard" -> {
                tally.decision();
                tally.nestingIncrement();
            }
            case "goto" -> tally.flatIncrement();
            case "break", "continue" -> {
                if ((t.kind(i + 1) == TokenKind.IDENTIFIER || t.is(i + 1, "@") || t.is(i + 1, "'")) && t.line(i + 1) == t.line(i)) {
                    tally.flatIncrement(); // jump to a label
                }
            }
            case "and", "or" -> {
                if (language == Language.PHP) {
                    tally.logicalOperator(t.text(i), 0);
                }
            }
            case "return", "throw" -> tally.endSequence(0);
            default -> {
            }
        }
    }

    private static void loop(BraceComplexity walk, int i) {
        walk.tally().decision();
        walk.tally().nestingIncrement();
        walk.scheduleBody(bodyAfterHeader(walk, i), false);
    }

    /**
     * The first token of the body after a header: after the parenthesised condition where the language wants
     * one, otherwise (Go, Rust, Swift, Kotlin's subject-less when) at the next '{' outside parentheses.
     */
    static int bodyAfterHeader(BraceComplexity walk, int keyword) {
        TokenStream t = walk.tokens();
        int next = keyword + 1;
        if (next >= t.size()) {
            return -1;
        }
        boolean braceSeeking = switch (walk.language()) {
            case GO, RUST, SWIFT -> true;
            case CSHARP -> t.is(keyword, "switch") && t.kind(next) != TokenKind.OPEN_PAREN;
            default -> false;
        };
        if (t.kind(next) == TokenKind.OPEN_PAREN) {
            int close = walk.braces().partner(next);
            if (close < 0) {
                return -1;
            }
            if (!braceSeeking || t.kind(close + 1) == TokenKind.OPEN_BRACE) {
                return close + 1;
            }
            next = close + 1;
        } else if (!braceSeeking && t.kind(next) != TokenKind.OPEN_BRACE) {
            return next;
        }
        int depth = 0;
        for (int j = next; j < Math.min(t.size(), next + 400); j++) {
            TokenKind kind = t.kind(j);
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET) {
                depth++;
            } else if (kind == TokenKind.CLOSE_PAREN || kind == TokenKind.CLOSE_BRACKET) {
                depth--;
            } else if (kind == TokenKind.OPEN_BRACE && depth == 0) {
                return j;
            }
        }
        return -1;
    }
}
