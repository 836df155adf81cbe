package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FunctionMetrics;

/** Functions taking more parameters than the threshold: hard to call correctly, often a missing type. */
public final class TooManyParametersRule extends FunctionRule {
    public static final String KEY = "DEBT-PARAMS-001";

    public TooManyParametersRule() {
        super(KEY, DebtType.CODE_SMELL, "Too many parameters",
                "A long parameter list is easy to call wrongly and often hides a missing parameter object.");
    }

    /** Test helpers take the cases they build as parameters; their count is no design debt. */
    @Override
    boolean appliesToTests() {
        return false;
    }

    /** Parameters are counted exactly and compared with a threshold. */
    @Override
    public Precision precision() {
        return Precision.VERY_HIGH;
    }

    @Override
    Verdict judge(FunctionMetrics fn, RuleThresholds limits) {
        int limit = limits.parameters();
        if (fn.parameters() <= limit) {
            return null;
        }
        Severity severity = fn.parameters() > limit + 3 ? Severity.MEDIUM : Severity.LOW;
        return new Verdict(severity, "Function '" + fn.name() + "' takes " + fn.parameters() + " parameters (threshold "
                + limit + ")", 15 + 5 * (fn.parameters() - limit), Math.min(fn.endLine(), fn.startLine() + 2));
    }
}
