package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.metrics.FunctionMetrics;

/**
 * Control structures nested deeper than the threshold: each level is more state for the reader to hold, for every line
 * inside it. Depth is a small count, so each level past the threshold weighs half the threshold on the {@link Excess}
 * scale: with the default 4, five levels are medium, six high, ten critical.
 */
public final class DeepNestingRule extends FunctionRule {
    public static final String KEY = "DEBT-NESTING-001";

    public DeepNestingRule() {
        super(KEY, DebtType.COMPLEXITY, "Deep nesting",
                "Control flow nested deeper than the threshold; guard clauses or extracted functions flatten it.");
    }

    /** Nesting depth is measured exactly and compared with a threshold. */
    @Override
    public Precision precision() {
        return Precision.VERY_HIGH;
    }

    @Override
    Verdict judge(FunctionMetrics fn, RuleThresholds limits) {
        int limit = limits.nesting();
        if (fn.maxNesting() <= limit) {
            return null;
        }
        double ratio = 1 + 2.0 * (fn.maxNesting() - limit) / limit;
        return new Verdict(Excess.severity(ratio), "Function '" + fn.name() + "' nests control flow " + fn.maxNesting()
                + " levels deep (threshold " + limit + ")", 20 + 10 * (fn.maxNesting() - limit), fn.endLine(), ratio);
    }
}
