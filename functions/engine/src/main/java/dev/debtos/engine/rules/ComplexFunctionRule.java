package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FunctionMetrics;

/**
 * Functions whose cyclomatic or cognitive complexity is over the threshold: hard to test and to understand. Cognitive
 * complexity (how hard the function is to read) decides; cyclomatic complexity alone (many paths to test, each easy to
 * read) makes a low finding only at twice its threshold or more, and none when the cognitive complexity is at most half
 * its threshold or half the cyclomatic: a flat dispatch, a switch or if-chain of simple cases, each read at a glance. SonarQube's default
 * profile likewise judges methods by cognitive complexity and leaves its cyclomatic rule off. The severity follows
 * cognitive / threshold on the {@link Excess} scale (cognitive 15 against 15 is low, 30 high, 60 critical).
 */
public final class ComplexFunctionRule extends FunctionRule {
    public static final String KEY = "DEBT-COMPLEXITY-001";

    public ComplexFunctionRule() {
        super(KEY, DebtType.COMPLEXITY, "Complex function",
                "Cyclomatic or cognitive complexity above the threshold: too many paths to test and too much to keep in mind.");
    }

    /** Complexity is counted exactly (it agrees with PMD) and compared with a threshold. */
    @Override
    public Precision precision() {
        return Precision.VERY_HIGH;
    }

    @Override
    Verdict judge(FunctionMetrics fn, RuleThresholds limits) {
        double ratio = Math.max(fn.cyclomatic() / (double) limits.cyclomatic(), fn.cognitive() / (double) limits.cognitive());
        if (ratio <= 1.0 || 2 * fn.cognitive() <= limits.cognitive()) {
            return null; // a flat dispatch (a switch or if-chain of simple cases): many paths, each read at a glance
        }
        if (fn.cognitive() <= limits.cognitive() && fn.cyclomatic() < 2 * limits.cyclomatic() || CaseTables.isTable(fn, limits)) {
            return null; // a few paths over the line, easy to read; or a table of cases
        }
        double cognitive = fn.cognitive() / (double) limits.cognitive();
        boolean readable = fn.cognitive() <= limits.cognitive(); // many paths to test, easy to read
        Severity severity = readable ? Severity.LOW : Excess.severity(cognitive);
        int excess = Math.max(fn.cyclomatic() - limits.cyclomatic(), fn.cognitive() - limits.cognitive());
        return new Verdict(severity, "Function '" + fn.name() + "' has cyclomatic complexity " + fn.cyclomatic()
                + " and cognitive complexity " + fn.cognitive() + " (thresholds " + limits.cyclomatic() + " / "
                + limits.cognitive() + ")", Math.min(480, 10 + 2 * Math.max(excess, 1)), fn.endLine(), readable ? ratio : cognitive);
    }
}
