package dev.debtos.engine.inventory;

import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/** Include/exclude globs with .gitignore semantics (JGit's matcher), so users write what they know from git. */
public final class PathPatterns {
    private final List<FastIgnoreRule> rules;

    public PathPatterns(List<String> patterns) {
        this.rules = patterns.stream().filter(p -> !p.isBlank()).map(String::trim).map(FastIgnoreRule::new).toList();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Whether the file matches, itself or through one of its parent directories ({@code src/**} or {@code vendor/}). */
    public boolean matches(String path) {
        for (FastIgnoreRule rule : rules) {
            if (rule.isMatch(path, false)) {
                return true;
            }
            int slash = path.indexOf('/');
            while (slash > 0) {
                if (rule.isMatch(path.substring(0, slash), true)) {
                    return true;
                }
                slash = path.indexOf('/', slash + 1);
            }
        }
        return false;
    }
}
