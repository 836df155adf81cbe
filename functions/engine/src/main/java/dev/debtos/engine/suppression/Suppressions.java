package dev.debtos.engine.suppression;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.inventory.PathPatterns;
import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits findings into the reported and the suppressed, by three mechanisms:
 * <ul>
 * <li>an inline comment {@code debt-os:ignore RULE-KEY reason}: on the line a finding starts on or the line above it;
 * placed on a function's first line or the line above it, it covers every finding that starts inside the function;
 * {@code debt-os:ignore-file RULE-KEY reason} anywhere in a file covers the whole file;</li>
 * <li>the repository's {@code .debt-os.yml} ({@link ProjectSettings});</li>
 * <li>the repository settings' {@code ignore} list, passed in by the caller.</li>
 * </ul>
 * A clone group is covered where its first copy is. Suppressed findings are kept with what suppressed them.
 */
public final class Suppressions {
    private final List<IgnoreRule> fromFile;
    private final List<IgnoreRule> fromSettings;
    private final Map<String, SourceFile> sources;
    private final Map<String, FileMetrics> files = new HashMap<>();
    private final Map<String, List<InlineDirectives.Directive>> directives = new HashMap<>();

    public Suppressions(List<IgnoreRule> fromFile, List<IgnoreRule> fromSettings, Map<String, SourceFile> sources,
                        List<FileMetrics> measured) {
        this.fromFile = List.copyOf(fromFile);
        this.fromSettings = List.copyOf(fromSettings);
        this.sources = sources;
        measured.forEach(file -> files.put(file.path(), file));
    }

    /** The reported findings and the suppressed ones. */
    public record Split(List<Finding> reported, List<SuppressedFinding> suppressed) {
    }

    public Split split(List<Finding> findings) {
        List<PathPatterns> filePatterns = fromFile.stream().map(IgnoreRule::patterns).toList();
        List<PathPatterns> settingsPatterns = fromSettings.stream().map(IgnoreRule::patterns).toList();
        List<Finding> reported = new ArrayList<>(findings.size());
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            SuppressedFinding hit = inline(finding);
            if (hit == null) {
                hit = byRules(finding, fromFile, filePatterns, ProjectSettings.FILE_NAME);
            }
            if (hit == null) {
                hit = byRules(finding, fromSettings, settingsPatterns, "settings");
            }
            if (hit == null) {
                reported.add(finding);
            } else {
                suppressed.add(hit);
            }
        }
        return new Split(reported, suppressed);
    }

    private static SuppressedFinding byRules(Finding finding, List<IgnoreRule> rules, List<PathPatterns> patterns, String by) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).covers(finding, patterns.get(i))) {
                return new SuppressedFinding(finding, by, rules.get(i).reason());
            }
        }
        return null;
    }

    private SuppressedFinding inline(Finding finding) {
        if (finding.path() == null || finding.path().isEmpty()) {
            return null;
        }
        List<InlineDirectives.Directive> inFile = directives.computeIfAbsent(finding.path(), this::directivesOf);
        for (InlineDirectives.Directive directive : inFile) {
            if (directive.names(finding.ruleKey()) && covers(directive, finding)) {
                return new SuppressedFinding(finding, finding.path() + ":" + directive.startLine(), directive.reason());
            }
        }
        return null;
    }

    private boolean covers(InlineDirectives.Directive directive, Finding finding) {
        if (directive.wholeFile()) {
            return true;
        }
        int line = finding.startLine();
        if (line >= directive.startLine() && line <= directive.endLine() + 1) {
            return true;
        }
        FileMetrics file = files.get(finding.path());
        if (file != null) {
            for (FunctionMetrics fn : file.functions()) {
                boolean onTheFunction = fn.startLine() >= directive.startLine() && fn.startLine() <= directive.endLine() + 1;
                if (onTheFunction && line >= fn.startLine() && line <= fn.endLine()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Only files that mention the marker at all are lexed again, for their comments. */
    private List<InlineDirectives.Directive> directivesOf(String path) {
        SourceFile source = sources.get(path);
        if (source == null || !source.text().contains(InlineDirectives.MARKER)) {
            return List.of();
        }
        return InlineDirectives.in(Lexers.lex(source).comments());
    }
}
