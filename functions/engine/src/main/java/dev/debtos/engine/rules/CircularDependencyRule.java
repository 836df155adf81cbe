package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.imports.DependencyCycle;
import java.util.ArrayList;
import java.util.List;

/** Files that import each other in a cycle: none can be understood, tested or released without the others. */
public final class CircularDependencyRule extends RuleMetadata {
    public static final String KEY = "DEBT-CYCLE-001";

    public CircularDependencyRule() {
        super(KEY, DebtType.CIRCULAR_DEPENDENCY, "Circular dependency",
                "Files that depend on each other in a cycle cannot be understood, tested or changed in isolation.");
    }

    /** Imports are resolved to files by path conventions, which a build may map otherwise. */
    @Override
    public Precision precision() {
        return Precision.HIGH;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (DependencyCycle cycle : context.cycles()) {
            int size = cycle.files().size();
            Severity severity = size > 5 ? Severity.HIGH : size > 2 ? Severity.MEDIUM : Severity.LOW;
            String files = String.join(" -> ", cycle.files());
            findings.add(new Finding(KEY, DebtType.CIRCULAR_DEPENDENCY, severity, cycle.files().getFirst(), 1, 1,
                    "Dependency cycle between " + size + " files: " + abbreviate(cycle.files()), files,
                    Math.min(960, 60 * (size - 1)), Fingerprints.of(KEY, "", files), 0));
        }
        return findings;
    }

    private static String abbreviate(List<String> files) {
        return files.size() <= 6 ? String.join(", ", files) : String.join(", ", files.subList(0, 6)) + " and " + (files.size() - 6) + " more";
    }
}
