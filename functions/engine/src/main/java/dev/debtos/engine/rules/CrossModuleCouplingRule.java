package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.history.CouplingPair;
import java.util.ArrayList;
import java.util.List;

/**
 * Files in different modules that keep changing together: a dependency no import shows. Typed layer_violation
 * because it crosses a module boundary the architecture meant to keep.
 */
public final class CrossModuleCouplingRule extends RuleMetadata {
    public static final String KEY = "DEBT-COUPLING-001";

    public CrossModuleCouplingRule() {
        super(KEY, DebtType.LAYER_VIOLATION, "Cross-module change coupling",
                "Files in different modules change together: a hidden dependency across a module boundary.");
    }

    /** Files that change together may share a reason that is not a dependency. */
    @Override
    public Precision precision() {
        return Precision.MEDIUM;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Modules modules = new Modules(context.allPaths());
        List<Finding> findings = new ArrayList<>();
        for (CouplingPair pair : context.coupling()) {
            String first = modules.of(pair.first());
            String second = modules.of(pair.second());
            if (pair.degree() < context.thresholds().couplingDegree() || first.equals(second)) {
                continue;
            }
            Severity severity = pair.degree() >= 0.8 ? Severity.HIGH : Severity.MEDIUM;
            findings.add(new Finding(KEY, DebtType.LAYER_VIOLATION, severity, pair.first(), 1, 1,
                    String.format(java.util.Locale.ROOT, "Changes together with %s (module '%s') in %d commits, coupling %.0f%%",
                            pair.second(), second.isEmpty() ? "/" : second, pair.sharedCommits(), 100 * pair.degree()),
                    pair.first() + " <-> " + pair.second(), 120,
                    Fingerprints.of(KEY, pair.first(), pair.second()), 0));
        }
        return findings;
    }
}
