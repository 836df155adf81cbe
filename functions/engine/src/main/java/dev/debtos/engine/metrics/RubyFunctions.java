package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Ruby: {@code def name(params) ... end}. Blocks open with def, class, module, do, begin, case, for, and
 * with if/unless/while/until when they start a statement (not as modifiers: {@code return if x}), and close
 * with {@code end}.
 */
final class RubyFunctions {
    private static final Set<String> ALWAYS_OPENS = Set.of("def", "class", "module", "do", "begin", "case", "for");
    private static final Set<String> STATEMENT_OPENS = Set.of("if", "unless", "while", "until");

    private final TokenStream t;
    private final BraceMatcher braces;

    RubyFunctions(TokenStream tokens, BraceMatcher braces) {
        this.t = tokens;
        this.braces = braces;
    }

    /** Whether the keyword at i opens a block that a later 'end' closes. */
    private boolean opensBlock(int i) {
        if (t.kind(i) != TokenKind.KEYWORD) {
            return false;
        }
        String word = t.text(i);
        if (ALWAYS_OPENS.contains(word)) {
            return !(word.equals("do") && isLoopDo(i));
        }
        return STATEMENT_OPENS.contains(word) && startsStatement(i);
    }

    /** {@code while x do} and {@code for a in b do}: the do belongs to the loop, not a new block. */
    private boolean isLoopDo(int i) {
        for (int j = i - 1; j >= 0 && t.line(j) == t.line(i); j--) {
            if (t.is(j, "while") || t.is(j, "until") || t.is(j, "for")) {
                return true;
            }
        }
        return false;
    }

    private boolean startsStatement(int i) {
        return i == 0 || t.line(i - 1) != t.line(i) || t.kind(i - 1) == TokenKind.SEMICOLON
                || t.kind(i - 1) == TokenKind.OPEN_PAREN || t.is(i - 1, "=") || t.is(i - 1, "||=")
                || t.is(i - 1, "return") || t.is(i - 1, "then") || t.is(i - 1, "else") || t.is(i - 1, "do");
    }

    /**
     * A '{' right after a method name or a call's ')' opens a block ({@code items.each { |x| .. }}, {@code ->(x) { ..
     * }}): like a {@code do} block it raises the nesting and counts nothing itself. Elsewhere it opens a hash.
     */
    private boolean isBraceBlock(int i) {
        return i > 0 && t.line(i - 1) == t.line(i)
                && (t.kind(i - 1) == TokenKind.IDENTIFIER || t.kind(i - 1) == TokenKind.CLOSE_PAREN);
    }

    List<FunctionSpan> locate() {
        List<FunctionSpan> functions = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.is(i, "def")) {
                continue;
            }
            int name = i + 1;
            if (t.is(name + 1, ".") && (t.is(name, "self") || t.kind(name) == TokenKind.IDENTIFIER)) {
                name += 2; // def self.name
            }
            int open = t.kind(name + 1) == TokenKind.OPEN_PAREN && t.line(name + 1) == t.line(name) ? name + 1 : -1;
            int close = open >= 0 ? braces.partner(open) : -1;
            int afterSignature = close >= 0 ? close + 1 : name + 1;
            boolean endless = t.is(afterSignature, "=") && t.line(afterSignature) == t.line(name); // def sq(x) = x * x
            int end = endless ? lastTokenOfLine(afterSignature) : matchingEnd(i);
            if (end < 0 || name >= t.size()) {
                continue;
            }
            functions.add(new FunctionSpan(t.text(name), name, open, close, Math.max(close, name), end, t.line(i), t.line(end)));
        }
        return functions;
    }

    private int matchingEnd(int opener) {
        int depth = 0;
        for (int i = opener; i < t.size(); i++) {
            if (opensBlock(i)) {
                depth++;
            } else if (t.is(i, "end") && t.kind(i) == TokenKind.KEYWORD && !t.is(i - 1, ".") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private int lastTokenOfLine(int i) {
        int j = i;
        while (j + 1 < t.size() && t.line(j + 1) == t.line(i)) {
            j++;
        }
        return j;
    }

    ComplexityTally measure(FunctionSpan span, List<FunctionSpan> nested) {
        ComplexityTally tally = new ComplexityTally();
        Deque<Boolean> blocks = new ArrayDeque<>(); // per open block: does it raise nesting?
        Deque<Boolean> braceBlocks = new ArrayDeque<>(); // per open '{': a block (raises nesting) or a hash
        int nestedIndex = 0;
        for (int i = span.bodyStart() + 1; i < span.bodyEnd(); i++) {
            if (nestedIndex < nested.size() && i >= nested.get(nestedIndex).nameToken() - 1) {
                i = nested.get(nestedIndex++).bodyEnd();
                continue;
            }
            if (i > 0 && t.line(i) != t.line(i - 1)) {
                tally.endSequence(0);
            }
            String word = t.text(i);
            boolean keyword = t.kind(i) == TokenKind.KEYWORD;
            if (t.kind(i) == TokenKind.OPEN_BRACE) {
                boolean block = isBraceBlock(i);
                braceBlocks.push(block);
                if (block) {
                    tally.enter(false);
                }
            } else if (t.kind(i) == TokenKind.CLOSE_BRACE && !braceBlocks.isEmpty()) {
                if (braceBlocks.pop()) {
                    tally.leave(false);
                }
            } else if (opensBlock(i)) {
                boolean control = !word.equals("begin") && !word.equals("do") && !word.equals("class") && !word.equals("module") && !word.equals("def");
                if (control) {
                    if (!word.equals("case")) {
                        tally.decision(); // a case decides nothing itself: its whens count
                    }
                    tally.nestingIncrement();
                }
                boolean raises = control || word.equals("do");
                blocks.push(raises);
                if (raises) {
                    tally.enter(control);
                }
            } else if (keyword && word.equals("end") && !blocks.isEmpty()) {
                if (blocks.pop()) {
                    tally.leave(true);
                }
            } else if (keyword && (word.equals("if") || word.equals("unless") || word.equals("while") || word.equals("until"))) {
                tally.decision(); // modifier form: do_it if ready
                tally.nestingIncrement();
                tally.touchNesting();
            } else if (keyword && word.equals("elsif")) {
                tally.decision();
                tally.flatIncrement();
            } else if (keyword && word.equals("else")) {
                tally.flatIncrement();
            } else if (keyword && (word.equals("when") || word.equals("in") && startsStatement(i))) {
                tally.decision();
            } else if (keyword && word.equals("rescue")) {
                tally.decision();
                tally.nestingIncrement();
                tally.touchNesting();
            } else if (t.is(i, "&&") || t.is(i, "||") || keyword && (word.equals("and") || word.equals("or"))) {
                tally.logicalOperator(word, 0);
            } else if (t.is(i, "?") && t.kind(i - 1) != TokenKind.OPEN_PAREN && Ternaries.isTernary(t, dev.debtos.engine.source.Language.RUBY, braces, i)) {
                tally.decision();
                tally.nestingIncrement();
            } else if (t.kind(i) == TokenKind.IDENTIFIER && t.is(i, span.name()) && t.line(i) > t.line(span.nameToken())
                    && !t.is(i - 1, ".")) {
                tally.flatIncrement(); // recursion
            }
        }
        return tally;
    }
}
