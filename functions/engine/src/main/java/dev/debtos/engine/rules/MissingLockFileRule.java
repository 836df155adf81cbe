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

/**
 * A dependency manifest without its lock file: builds are not reproducible and a compromised release slips in. A
 * deliberate opt-out is respected: {@code package-lock=false} in an {@code .npmrc} beside the manifest or at the root
 * (a library that wants its tests to resolve what its users resolve), or yarn's {@code --install.no-lockfile true}.
 */
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

    /** A missing lock file is certain, though a project may go without one on purpose in a way not recognised. */
    @Override
    public Precision precision() {
        return Precision.HIGH;
    }

    private static boolean lockOptedOut(RuleContext context, String directory) {
        for (String dir : directory.isEmpty() ? List.of("") : List.of(directory, "")) {
            if (setting(context.settingsFiles().get(dir + ".npmrc"), "package-lock").equals("false")
                    || setting(context.settingsFiles().get(dir + ".yarnrc"), "--install.no-lockfile").equals("true")) {
                return true;
            }
        }
        return false;
    }

    /** The value of {@code key} in an ini-style file ({@code key=value} or yarn's {@code key value}); "" when absent. */
    static String setting(String text, String key) {
        if (text == null) {
            return "";
        }
        String value = "";
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("#") || line.startsWith(";") || !line.startsWith(key)) {
                continue;
            }
            String rest = line.substring(key.length()).strip();
            if (rest.startsWith("=")) {
                rest = rest.substring(1).strip();
            } else if (rest.isEmpty() || rest.equals(line.substring(key.length()))) {
                continue; // a longer key that starts with this one
            }
            value = rest.replace("\"", "").toLowerCase(java.util.Locale.ROOT); // the last assignment wins, as in npm
        }
        return value;
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
                    || path.endsWith("Cargo.toml") && cargoWorkspaceLocked
                    || path.endsWith("package.json") && lockOptedOut(context, directory)) {
                continue;
            }
            findings.add(new Finding(KEY, DebtType.MISSING_LOCK_FILE, Severity.MEDIUM, path, 1, 1,
                    path.substring(slash + 1) + " has no lock file beside it (expected one of " + String.join(", ", locks) + ")",
                    path, 5, Fingerprints.of(KEY, path, "manifest"), 0));
        }
        return findings;
    }
}
