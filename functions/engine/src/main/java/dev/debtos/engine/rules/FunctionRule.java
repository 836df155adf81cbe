package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** A rule that judges one function at a time; subclasses say whether and how badly it breaks the rule. */
abstract class FunctionRule extends RuleMetadata {

    /**
     * What a subclass reports for one function; {@code lastLine} bounds the excerpt and the region, {@code excess} is
     * how far past its threshold the measure is (measured / threshold, see {@link Excess}).
     */
    record Verdict(Severity severity, String message, int remediationMinutes, int lastLine, double excess) {
    }

    FunctionRule(String key, DebtType type, String title, String description) {
        super(key, type, title, description);
    }

    /** Whether the rule judges test code too; size is no debt in a test that spells out its cases. */
    boolean appliesToTests() {
        return true;
    }

    /** null when the function is fine. */
    abstract Verdict judge(FunctionMetrics function, RuleThresholds thresholds);

    /** null when the function is fine; a rule that needs the function's text (its signature) reads it from the source. */
    Verdict judge(FunctionMetrics function, RuleThresholds thresholds, SourceFile source) {
        return judge(function, thresholds);
    }

    @Override
    public final List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (FileMetrics file : context.files()) {
            if (!context.isMaintained(file.path()) || !appliesToTests() && context.isTest(file.path())) {
                continue;
            }
            for (FunctionMetrics fn : file.functions()) {
                Verdict verdict = judge(fn, context.thresholds(), context.sources().get(file.path()));
                if (verdict != null) {
                    findings.add(new Finding(key(), type(), verdict.severity(), file.path(), fn.startLine(), verdict.lastLine(),
                            verdict.message(), Excerpts.lines(context.sources().get(file.path()), fn.startLine(), verdict.lastLine()),
                            verdict.remediationMinutes(), Fingerprints.of(key(), file.path(), FunctionIdentity.of(file, fn)), 0)
                            .withExcess(verdict.excess()));
                }
            }
        }
        return findings;
    }
}
