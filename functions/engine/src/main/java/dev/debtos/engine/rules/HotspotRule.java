package dev.debtos.engine.rules;

import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Complex code that keeps changing (CodeScene's hotspot): the debt that costs interest every week. Only files that
 * stand out in their repository and have both real complexity and real change frequency qualify
 * ({@link HotspotCriteria}), whatever their normalised score.
 */
public final class HotspotRule extends RuleMetadata {
    public static final String KEY = "DEBT-HOTSPOT-001";

    public HotspotRule() {
        super(KEY, DebtType.COMPLEXITY, "Hotspot",
                "High change frequency on complex code: every change here is slower and riskier than elsewhere.");
    }


    private static FunctionMetrics mostComplexFunction(RuleContext context, String path) {
        for (FileMetrics file : context.files()) {
            if (file.path().equals(path)) {
                return file.functions().stream().max(java.util.Comparator.comparingInt(FunctionMetrics::cyclomatic)).orElse(null);
            }
        }
        return null;
    }

    /** A hotspot is a ranking of history and complexity: worth a look, not always worth a change. */
    @Override
    public Precision precision() {
        return Precision.MEDIUM;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        HotspotCriteria criteria = HotspotCriteria.of(context);
        List<Finding> findings = new ArrayList<>();
        for (Hotspot hotspot : context.hotspots()) {
            if (!criteria.qualifies(hotspot)) {
                continue;
            }
            Severity severity = hotspot.score() >= 0.6 && hotspot.commits() >= HotspotCriteria.CRITICAL_COMMITS ? Severity.CRITICAL
                    : hotspot.score() >= 0.4 ? Severity.HIGH : Severity.MEDIUM;
            // point at the file's most complex function: that is where a refactoring of the hotspot starts
            FunctionMetrics worst = mostComplexFunction(context, hotspot.path());
            int start = worst == null ? 1 : worst.startLine();
            int end = worst == null ? Math.max(1, hotspot.loc()) : worst.endLine();
            String where = worst == null ? "" : "; start with '" + worst.name() + "' (cyclomatic " + worst.cyclomatic() + ")";
            findings.add(new Finding(KEY, DebtType.COMPLEXITY, severity, hotspot.path(), start, end,
                    String.format(java.util.Locale.ROOT, "Hotspot: %d commits and %d changed lines on total complexity %d (score %.2f)%s",
                            hotspot.commits(), hotspot.churn(), hotspot.complexity(), hotspot.score(), where),
                    "commits=" + hotspot.commits() + " churn=" + hotspot.churn() + " complexity=" + hotspot.complexity()
                            + " authors=" + hotspot.authors(),
                    Math.min(960, 60 + 2 * hotspot.complexity()), Fingerprints.of(KEY, hotspot.path(), "file"), 0));
        }
        return findings;
    }
}
