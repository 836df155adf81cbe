package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FunctionMetrics;

/** Control structures nested deeper than the threshold: each level is more state for the reader to hold. */
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
        Severity severity = fn.maxNesting() >= limit + 3 ? Severity.HIGH : Severity.MEDIUM;
        return new Verdict(severity, "Function '" + fn.name() + "' nests control flow " + fn.maxNesting()
                + " levels deep (threshold " + limit + ")", 20 + 10 * (fn.maxNesting() - limit), fn.endLine());
    }
}
