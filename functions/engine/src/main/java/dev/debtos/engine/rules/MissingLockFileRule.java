package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A dependency manifest without its lock file: builds are not reproducible and a compromised release slips in. */
public final class MissingLockFileRule extends RuleMetadata {
    public static final String KEY = "DEBT-LOCKFILE-001";
    /** Manifest → any of the lock files that pin it, in the same directory. */
    private static final Map<String, List<String>> LOCKS = Map.of(
            "package.json", List.of("package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock", "npm-shrinkwrap.json"),
            "Pipfile", List.of("Pipfile.lock"),
            "Gemfile", List.of("Gemfile.lock"),
            "composer.json", List.of("composer.lock"),
            "Cargo.toml", List.of("Cargo.lock"),
            "go.mod", List.of("go.sum"),
            "pubspec.yaml", List.of("pubspec.lock"),
            "mix.exs", List.of("mix.lock"));

    public MissingLockFileRule() {
        super(KEY, DebtType.MISSING_LOCK_FILE, "Missing lock file",
                "Dependencies are declared without a lock file: every install may resolve different versions.");
    }

    /** A manifest without its lock file is certain, but some projects deliberately lock nothing. */
    @Override
    public Precision precision() {
        return Precision.HIGH;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Set<String> paths = new HashSet<>(context.allPaths());
        boolean cargoWorkspaceLocked = paths.contains("Cargo.lock");
        List<Finding> findings = new ArrayList<>();
        for (String path : context.allPaths()) {
            int slash = path.lastIndexOf('/');
            String directory = slash < 0 ? "" : path.substring(0, slash + 1);
            List<String> locks = LOCKS.get(path.substring(slash + 1));
            if (locks == null || locks.stream().anyMatch(lock -> paths.contains(directory + lock))
                    || path.endsWith("Cargo.toml") && cargoWorkspaceLocked) {
                continue;
            }
            findings.add(new Finding(KEY, DebtType.MISSING_LOCK_FILE, Severity.MEDIUM, path, 1, 1,
                    path.substring(slash + 1) + " has no lock file beside it (expected one of " + String.join(", ", locks) + ")",
                    path, 5, Fingerprints.of(KEY, path, "manifest"), 0));
        }
        return findings;
    }
}
