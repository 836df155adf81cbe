package dev.debtos.engine.suppression;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.inventory.PathPatterns;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Do not report this rule here": a rule key ({@code *} for every rule) and a gitignore-style path glob (empty for
 * every path), with the reason a person gave. Used by {@code .debt-os.yml} and the repository settings
 * ({@code ignore: [{rule, path, reason}]}).
 */
public record IgnoreRule(String rule, String path, String reason) {
    /** A rule key as the engine's rules spell them ({@code DEBT-SIZE-001}), or {@code *}. */
    public static final Pattern RULE_KEY = Pattern.compile("\\*|[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    public IgnoreRule {
        if (rule == null || !RULE_KEY.matcher(rule).matches()) {
            throw new IllegalArgumentException("rule must be a rule key such as DEBT-SIZE-001, or *");
        }
        path = path == null ? "" : path.strip();
        reason = reason == null ? "" : reason.strip();
    }

    boolean covers(Finding finding, PathPatterns paths) {
        return (rule.equals("*") || rule.equals(finding.ruleKey())) && (path.isEmpty() || paths.matches(finding.path()));
    }

    PathPatterns patterns() {
        return new PathPatterns(path.isEmpty() ? List.of() : List.of(path));
    }
}
