package dev.debtos.engine.metrics;

/**
 * Running totals for one function while its tokens are walked: cyclomatic complexity (starts at 1), cognitive
 * complexity, the cognitive nesting level, and the deepest control-structure nesting reached.
 */
final class ComplexityTally {
    private static final int MAX_PAREN_DEPTH = 64;

    private int cyclomatic = 1;
    int cognitive;
    private int nesting;
    private int controlDepth;
    int maxNesting;
    /** False inside a nested function: its structures count toward the enclosing one, its nesting depth does not. */
    private boolean recordDepth = true;
    /** Last logical operator seen per parenthesis depth: a change of operator starts a new sequence (+1). */
    private final String[] lastLogical = new String[MAX_PAREN_DEPTH];

    /** if, loops, switch, catch, ternary: +1 plus the current nesting. */
    void nestingIncrement() {
        cognitive += 1 + nesting;
    }

    /** else, else if, jumps to labels, recursion, logical sequences: +1 whatever the nesting. */
    void flatIncrement() {
        cognitive++;
    }

    /** Java's value comes from {@link JavaCyclomatic} (PMD's exact definition) instead of the generic count. */
    void useCyclomatic(int value) {
        cyclomatic = value;
    }

    void decision() {
        cyclomatic++;
    }

    /** Entering the body of a control structure ({@code control}) or of a lambda (nesting only). */
    void enter(boolean control) {
        nesting++;
        if (control) {
            controlDepth++;
            if (recordDepth) {
                maxNesting = Math.max(maxNesting, controlDepth);
            }
        }
    }

    void recordDepth(boolean record) {
        recordDepth = record;
    }

    /** A control structure whose body is on its own line only (Ruby's modifier if, rescue): one level deeper, no block. */
    void touchNesting() {
        maxNesting = Math.max(maxNesting, controlDepth + 1);
    }

    void leave(boolean control) {
        nesting--;
        if (control) {
            controlDepth--;
        }
    }

    void logicalOperator(String operator, int parenDepth) {
        decision();
        int depth = Math.min(Math.max(parenDepth, 0), MAX_PAREN_DEPTH - 1);
        if (!operator.equals(lastLogical[depth])) {
            flatIncrement();
            lastLogical[depth] = operator;
        }
    }

    /** An expression ended (';', ',', a new statement): the next logical operator starts a new sequence. */
    void endSequence(int parenDepth) {
        int depth = Math.min(Math.max(parenDepth, 0), MAX_PAREN_DEPTH - 1);
        for (int d = depth; d < MAX_PAREN_DEPTH && lastLogical[d] != null; d++) {
            lastLogical[d] = null;
        }
    }

    FunctionMetrics toMetrics(FunctionSpan span, int nloc, int parameters) {
        return new FunctionMetrics(span.name(), span.startLine(), span.endLine(), nloc, cyclomatic, cognitive,
                maxNesting, parameters);
    }
}
