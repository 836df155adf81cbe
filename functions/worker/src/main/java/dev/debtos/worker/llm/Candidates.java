package dev.debtos.worker.llm;

import dev.debtos.engine.analysis.AnalysisContext;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.metrics.FileMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files worth a model's tokens, most costly debt first: hotspots (churn × complexity, highest score first), then
 * files by the severity-weighted sum of their rule findings, then the rest by code lines. Test files, files the caller excludes and files the
 * engine did not read are never candidates. The budget decides how far down the list a scan gets.
 */
final class Candidates {

    private Candidates() {
    }

    static List<String> ranked(AnalysisContext context, Predicate<String> allowed) {
        Set<String> ranked = new LinkedHashSet<>();
        context.hotspots().stream()
                .filter(spot -> spot.score() > 0)
                .sorted(Comparator.comparingDouble(Hotspot::score).reversed().thenComparing(Hotspot::path))
                .forEach(spot -> ranked.add(spot.path()));
        Map<String, Double> weight = new HashMap<>();
        for (Finding finding : context.findings()) {
            if (finding.path() != null && !finding.path().isEmpty()) {
                weight.merge(finding.path(), finding.severity().weight(), Double::sum);
            }
        }
        weight.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> ranked.add(entry.getKey()));
        context.files().stream()
                .sorted(Comparator.comparingInt(FileMetrics::codeLines).reversed().thenComparing(FileMetrics::path))
                .forEach(file -> ranked.add(file.path()));
        List<String> candidates = new ArrayList<>();
        for (String path : ranked) {
            if (context.sources().containsKey(path) && !isTest(path) && allowed.test(path)) {
                candidates.add(path);
            }
        }
        return candidates;
    }

    /** Test code by the usual names and folders (FooTest, FooIT, test_foo, foo_test, foo.spec, test/, __tests__/). */
    static boolean isTest(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String lowerStem = stem.toLowerCase(Locale.ROOT);
        return lower.startsWith("test/") || lower.startsWith("tests/") || lower.contains("/test/") || lower.contains("/tests/")
                || lower.contains("__tests__/") || lowerStem.endsWith("test") || lowerStem.endsWith("tests")
                || lowerStem.startsWith("test_") || lowerStem.endsWith(".spec") || lowerStem.endsWith("_spec")
                || lowerStem.endsWith(".test") || stem.endsWith("IT");
    }
}
