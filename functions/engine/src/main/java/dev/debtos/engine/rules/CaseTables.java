package dev.debtos.engine.rules;

import dev.debtos.engine.metrics.FunctionMetrics;

/**
 * A function that is a table of cases: a switch or if-chain of simple cases (many paths, each read at a glance), told
 * by a cognitive complexity within its threshold and under half the cyclomatic complexity. Its paths and its length
 * come from the number of cases, not from logic to untangle.
 */
final class CaseTables {

    private CaseTables() {
    }

    static boolean isTable(FunctionMetrics fn, RuleThresholds limits) {
        return fn.cyclomatic() > limits.cyclomatic() && fn.cognitive() <= limits.cognitive()
                && 2 * fn.cognitive() < fn.cyclomatic();
    }
}
