package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Cyclomatic and cognitive complexity and nesting for one function of a brace language, in one pass over its
 * tokens. Control keywords schedule their body (a brace block or a single statement) to raise the nesting level;
 * frames end at their closing brace, statement end, or (in languages without semicolons) end of line.
 */
final class BraceComplexity {
    private final TokenStream t;
    private final Language language;
    private final BraceMatcher braces;
    private final BitSet anonymousBodies;
    private final boolean semicolonFree;

    private ComplexityTally tally;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final BitSet controlBodies = new BitSet();
    private final BitSet armBodies = new BitSet();
    private final BitSet statementBodies = new BitSet();
    private final BitSet elseIfs = new BitSet();
    private final BitSet skippedWhiles = new BitSet();
    private int parenDepth;
    private int braceDepth;
    private FunctionSpan span;
    private JavaOverloads overloads;

    BraceComplexity(TokenStream tokens, Language language, BraceMatcher braces, BitSet anonymousBodies) {
        this.t = tokens;
        this.language = language;
        this.braces = braces;
        this.anonymousBodies = anonymousBodies;
        this.semicolonFree = switch (language) {
            case KOTLIN, SWIFT, SCALA, GO, JAVASCRIPT, TYPESCRIPT -> true;
            default -> false;
        };
    }

    ComplexityTally measure(FunctionSpan function, List<FunctionSpan> nested) {
        span = function;
        tally = new ComplexityTally();
        frames.clear();
        parenDepth = 0;
        braceDepth = 0;
        int nestedIndex = 0;
        int nestedUntil = -1;
        for (int i = function.bodyStart() + 1; i < function.bodyEnd(); i++) {
            if (nestedIndex < nested.size() && i >= nested.get(nestedIndex).nameToken()) {
                if (language != Language.JAVA) {
                    i = nested.get(nestedIndex++).bodyEnd();
                    continue;
                }
                nestedUntil = Math.max(nestedUntil, nested.get(nestedIndex++).bodyEnd());
            }
            tally.recordDepth(i > nestedUntil);
            endFramesByLine(i);
            if (statementBodies.get(i)) {
                push(new Frame(Frame.Kind.STATEMENT, true, true, braceDepth, parenDepth, t.line(i), false));
            }
            step(i);
        }
        return tally;
    }

    private void step(int i) {
        switch (t.kind(i)) {
            case OPEN_BRACE -> {
                boolean control = controlBodies.get(i);
                boolean raises = control || anonymousBodies.get(i) || language == Language.JAVA && JavaClassBodies.isClassBody(t, braces, i);
                braceDepth++;
                push(new Frame(Frame.Kind.BRACE, raises, control, braceDepth, parenDepth, t.line(i), armBodies.get(i)));
                tally.endSequence(parenDepth);
            }
            case CLOSE_BRACE -> {
                while (!frames.isEmpty()) {
                    Frame f = pop();
                    if (f.kind() == Frame.Kind.BRACE) {
                        break;
                    }
                }
                braceDepth--;
                popWhile(f -> f.kind() == Frame.Kind.STATEMENT && f.braceDepth() == braceDepth && f.parenDepth() == parenDepth
                        && !continuesStatement(i + 1));
            }
            case OPEN_PAREN, OPEN_BRACKET -> {
                parenDepth++;
                tally.endSequence(parenDepth); // a new group starts its own operator sequences
            }
            case CLOSE_PAREN, CLOSE_BRACKET -> {
                popWhile(f -> f.kind() == Frame.Kind.EXPRESSION && f.parenDepth() >= parenDepth);
                tally.endSequence(parenDepth);
                parenDepth--;
            }
            case SEMICOLON -> {
                tally.endSequence(parenDepth);
                popWhile(f -> f.kind() != Frame.Kind.BRACE && f.braceDepth() == braceDepth && f.parenDepth() == parenDepth);
            }
            case COMMA -> {
                tally.endSequence(parenDepth);
                popWhile(f -> f.kind() == Frame.Kind.EXPRESSION && f.braceDepth() == braceDepth && f.parenDepth() == parenDepth);
            }
            case KEYWORD -> keyword(i);
            case OPERATOR -> operator(i);
            case IDENTIFIER -> recursion(i);
            default -> {
            }
        }
    }

    /** `else`, `catch`, `while` after a closing brace continue the statement (if/else, try/catch, do/while). */
    private boolean continuesStatement(int next) {
        return next < t.size() && (t.is(next, "else") || t.is(next, "catch") || t.is(next, "finally"));
    }

    private void endFramesByLine(int i) {
        if (!semicolonFree) {
            return;
        }
        popWhile(f -> f.kind() != Frame.Kind.BRACE && t.line(i) > f.line() && f.braceDepth() == braceDepth
                && f.parenDepth() == parenDepth && !t.is(i, "else") && !t.is(i, ":") && !t.is(i, "?"));
    }

    private void keyword(int i) {
        ControlKeywords.handle(this, i);
    }

    private void operator(int i) {
        if (t.is(i, "&&") || t.is(i, "||")) {
            tally.logicalOperator(t.text(i), parenDepth);
        } else if (t.is(i, "?") && Ternaries.isTernary(t, language, braces, i)) {
            tally.decision();
            tally.nestingIncrement();
            tally.endSequence(parenDepth);
            push(new Frame(Frame.Kind.EXPRESSION, true, true, braceDepth, parenDepth, t.line(i), false));
        } else if (t.is(i, "=") || t.is(i, ":")) {
            tally.endSequence(parenDepth);
        } else if (isArmArrow(i)) {
            if (!t.is(i - 1, "else") && !t.is(i - 1, "_")) {
                tally.decision();
            }
        } else if (isLambdaArrow(i) && t.kind(i + 1) != TokenKind.OPEN_BRACE) {
            push(new Frame(Frame.Kind.EXPRESSION, true, false, braceDepth, parenDepth, t.line(i), false));
        } else if (t.is(i, "#") && language == Language.RUST) {
            tally.endSequence(parenDepth);
        }
    }

    private boolean isArmArrow(int i) {
        Frame top = frames.peek();
        boolean arrow = language == Language.KOTLIN && t.is(i, "->")
                || (language == Language.RUST || language == Language.CSHARP) && t.is(i, "=>");
        return arrow && top != null && top.arms() && top.braceDepth() == braceDepth && top.parenDepth() == parenDepth;
    }

    private boolean isLambdaArrow(int i) {
        return switch (language) {
            case JAVA -> t.is(i, "->") && !ArrowFunctions.isSwitchRule(t, i);
            case JAVASCRIPT, TYPESCRIPT, CSHARP -> t.is(i, "=>");
            default -> false;
        };
    }

    private void recursion(int i) {
        if (t.is(i, span.name()) && t.kind(i + 1) == TokenKind.OPEN_PAREN && !t.is(i - 1, "new")
                && (!t.is(i - 1, ".") || t.is(i - 2, "this") || t.is(i - 2, "self")) && sameArity(i + 1)) {
            tally.flatIncrement();
        }
    }

    /**
     * Recursion is a call to the same method, not to an overload of the same name (SonarSource's white paper; PMD
     * resolves the call). Java: {@link JavaOverloads} (arity, then the parameter types the arguments show). The other
     * languages with overloads: a call with another number of arguments than the method's parameters (varargs: at
     * least all but the last) is another method.
     */
    private boolean sameArity(int open) {
        boolean overloading = language == Language.JAVA || language == Language.KOTLIN || language == Language.CSHARP
                || language == Language.CPP || language == Language.SCALA || language == Language.SWIFT;
        int close = braces.partner(open);
        if (!overloading || close < 0 || span.paramOpen() < 0) {
            return true;
        }
        List<int[]> ranges = new java.util.ArrayList<>();
        int start = open + 1;
        for (int j = open + 1; j < close; j++) {
            TokenKind kind = t.kind(j);
            if ((kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET || kind == TokenKind.OPEN_BRACE)
                    && braces.partner(j) > j) {
                j = braces.partner(j);
            } else if (kind == TokenKind.COMMA) {
                ranges.add(new int[] {start, j});
                start = j + 1;
            }
        }
        if (close > open + 1) {
            ranges.add(new int[] {start, close});
        }
        if (overloads != null) {
            return overloads.callsItself(span, ranges);
        }
        int arguments = ranges.size();
        int parameters = ParameterCounter.count(t, span.paramOpen(), span.paramClose());
        boolean varargs = false;
        for (int j = span.paramOpen() + 1; j < span.paramClose(); j++) {
            varargs |= t.is(j, "...") || t.is(j, "vararg") || t.is(j, "params");
        }
        return varargs ? arguments >= parameters - 1 : arguments == parameters;
    }

    /** Java: tell a call to an overload from recursion by the file's same-named methods and their parameter types. */
    void resolveOverloads(JavaOverloads resolver) {
        this.overloads = resolver;
    }

    // --- used by ControlKeywords ---------------------------------------------------------------

    TokenStream tokens() {
        return t;
    }

    Language language() {
        return language;
    }

    BraceMatcher braces() {
        return braces;
    }

    ComplexityTally tally() {
        return tally;
    }

    void endStatementBodies() {
        popWhile(f -> f.kind() == Frame.Kind.STATEMENT && f.braceDepth() == braceDepth && f.parenDepth() == parenDepth);
    }

    boolean isElseIf(int i) {
        return elseIfs.get(i);
    }

    void markElseIf(int i) {
        elseIfs.set(i);
    }

    boolean isSkippedWhile(int i) {
        return skippedWhiles.get(i);
    }

    void skipWhile(int i) {
        skippedWhiles.set(i);
    }

    /** The structure at {@code keyword} has its body at {@code bodyStart}: a block or a single statement. */
    void scheduleBody(int bodyStart, boolean arms) {
        if (bodyStart < 0 || bodyStart >= t.size()) {
            return;
        }
        if (t.kind(bodyStart) == TokenKind.OPEN_BRACE) {
            controlBodies.set(bodyStart);
            if (arms) {
                armBodies.set(bodyStart);
            }
        } else {
            statementBodies.set(bodyStart);
        }
    }

    private void push(Frame frame) {
        frames.push(frame);
        if (frame.raises()) {
            tally.enter(frame.control());
        }
    }

    private Frame pop() {
        Frame frame = frames.pop();
        if (frame.raises()) {
            tally.leave(frame.control());
        }
        return frame;
    }

    private void popWhile(java.util.function.Predicate<Frame> condition) {
        while (!frames.isEmpty() && condition.test(frames.peek())) {
            pop();
        }
    }
}
