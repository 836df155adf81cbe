package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;

/**
 * Functions taking more parameters than the threshold: hard to call correctly, often a missing type. In Python only
 * the parameters a caller must pass are counted ({@link PythonSignature}): one with a default, {@code *args},
 * {@code **kwargs} and those after {@code *} (named at every call) make a keyword API, not a list to get wrong.
 */
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
    Verdict judge(FunctionMetrics fn, RuleThresholds limits, SourceFile source) {
        if (fn.parameters() <= limits.parameters()) {
            return null;
        }
        if (source == null || source.language() != Language.PYTHON) {
            return judge(fn, limits);
        }
        int required = PythonSignature.requiredParameters(source, fn);
        return required < 0 ? judge(fn, limits) : verdict(fn, required, limits, " required");
    }

    @Override
    Verdict judge(FunctionMetrics fn, RuleThresholds limits) {
        return verdict(fn, fn.parameters(), limits, "");
    }

    private static Verdict verdict(FunctionMetrics fn, int count, RuleThresholds limits, String kind) {
        int limit = limits.parameters();
        if (count <= limit) {
            return null;
        }
        Severity severity = count > limit + 3 ? Severity.MEDIUM : Severity.LOW;
        return new Verdict(severity, "Function '" + fn.name() + "' takes " + count + kind + " parameters (threshold "
                + limit + ")", 15 + 5 * (count - limit), Math.min(fn.endLine(), fn.startLine() + 2), count / (double) limit);
    }
}
