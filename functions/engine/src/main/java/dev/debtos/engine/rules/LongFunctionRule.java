package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.metrics.FunctionMetrics;

/**
 * Functions with more lines of code than the threshold: they do too much to name, test or reuse. A table of cases
 * ({@link CaseTables}: a switch of simple cases) is long because it lists many cases, not because it does many things.
 * Severity follows lines / threshold on the {@link Excess} scale.
 */
public final class LongFunctionRule extends FunctionRule {
    public static final String KEY = "DEBT-SIZE-001";

    public LongFunctionRule() {
        super(KEY, DebtType.CODE_SMELL, "Long function", "A function longer than the threshold usually does several things; split it.");
    }

    /** Lines of code are counted exactly and compared with a threshold. */
    @Override
    public Precision precision() {
        return Precision.VERY_HIGH;
    }

    @Override
    boolean appliesToTests() {
        return false;
    }

    @Override
    Verdict judge(FunctionMetrics fn, RuleThresholds limits) {
        int limit = limits.functionLines();
        if (fn.nloc() <= limit || CaseTables.isTable(fn, limits)) {
            return null;
        }
        double ratio = fn.nloc() / (double) limit;
        return new Verdict(Excess.severity(ratio), "Function '" + fn.name() + "' has " + fn.nloc() + " lines of code (threshold " + limit + ")",
                Math.min(480, 15 + (fn.nloc() - limit) / 4), fn.endLine(), ratio);
    }
}
