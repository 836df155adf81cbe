package dev.debtos.engine.scoring;

import dev.debtos.engine.analysis.DebtScore;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.history.CouplingPair;
import dev.debtos.engine.history.FileHistory;
import dev.debtos.engine.history.HistoryReport;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.rules.Precision;
import dev.debtos.engine.rules.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The formulas, in one place (documented in the engine's docs):
 * <ul>
 * <li>hotspot score = (commits / max commits) × (complexity / max complexity), 0..1, over files with history;</li>
 * <li>interest of a file = 1 + 3 × commits / max commits + 2 × its strongest change-coupling degree;</li>
 * <li>priority of a finding = interest of its file × severity weight (critical 8, high 5, medium 3, low 1, info 0.5)
 * × magnitude × confidence (1 unless a model's triage judged the finding not actionable), where magnitude =
 * 1 + log2(excess) / 8, at most 1.5, grows with how far past its threshold the finding's measure is (excess =
 * measured / threshold: 1 → 1, 2 → 1.125, 4 → 1.25, 16 or more → 1.5; 1 for findings without a measured threshold).
 * It stays under the ratio between neighbouring severity weights (1.6), so it orders findings within a severity and
 * never lifts one over the next severity at equal interest;
 * outside production code (tests, examples, generated, vendored) divided by 100, so below every production finding
 * (the lowest production priority is 0.5, the highest other one 0.48);</li>
 * <li>debt ratio = production remediation minutes / (30 min × production code lines), rated A ≤ 5 %, B ≤ 10 %,
 * C ≤ 20 %, D ≤ 50 %, else E;</li>
 * <li>plan: production findings at or above their median priority, ≤ 30 min is a quick win, more is strategic; the
 * rest, and everything outside production code, deferrable;</li>
 * <li>file debt = the sum of the priorities of the file's findings.</li>
 * </ul>
 */
public final class Scoring {
    public static final int QUICK_WIN_MINUTES = 30;
    public static final double MINUTES_PER_LINE = 30; // SonarQube's default cost to develop one line
    /** The largest magnitude factor: under 5 / 3 and 8 / 5, the ratios of neighbouring severity weights. */
    public static final double MAX_MAGNITUDE = 1.5;

    /** Outside production code a finding's priority is divided by this: it ranks below every production finding. */
    public static final double NON_PRODUCTION_DIVISOR = 100;

    private Scoring() {
    }

    public static List<Hotspot> hotspots(List<FileMetrics> files, HistoryReport history) {
        if (history == null || history.files().isEmpty()) {
            return List.of();
        }
        int maxCommits = 1;
        int maxComplexity = 1;
        for (FileMetrics file : files) {
            FileHistory h = history.files().get(file.path());
            if (h != null) {
                maxCommits = Math.max(maxCommits, h.commits());
                maxComplexity = Math.max(maxComplexity, file.totalComplexity());
            }
        }
        List<Hotspot> hotspots = new ArrayList<>();
        for (FileMetrics file : files) {
            FileHistory h = history.files().get(file.path());
            if (h == null) {
                continue;
            }
            double score = (h.commits() / (double) maxCommits) * (file.totalComplexity() / (double) maxComplexity);
            hotspots.add(new Hotspot(file.path(), file.language().displayName(), file.codeLines(), h.commits(), h.churn(),
                    file.totalComplexity(), h.authors(), h.mainAuthor(), h.mainAuthorShare(), Math.round(score * 1000) / 1000.0));
        }
        hotspots.sort(Comparator.comparingDouble(Hotspot::score).reversed().thenComparing(Hotspot::path));
        return hotspots;
    }

    /** How sure each rule is of its findings (SARIF's precision), by rule key. */
    private static final Map<String, Precision> PRECISION = new HashMap<>();

    static {
        Rules.all().forEach(rule -> PRECISION.put(rule.key(), rule.precision()));
    }

    /**
     * The findings with their priorities, highest first; at equal priority the surer rule's finding first (a measured
     * complexity before a pattern to review), then the one further past its threshold, then by place.
     */
    public static List<Finding> prioritise(List<Finding> findings, List<Hotspot> hotspots, List<CouplingPair> coupling) {
        List<Finding> prioritised = new ArrayList<>(withPriorities(findings, hotspots, coupling));
        prioritised.sort(Comparator.comparingDouble(Finding::priority).reversed()
                .thenComparing(f -> PRECISION.getOrDefault(f.ruleKey(), Precision.MEDIUM))
                .thenComparing(Comparator.comparingDouble(Finding::excess).reversed())
                .thenComparing(Finding::path).thenComparingInt(Finding::startLine).thenComparing(Finding::ruleKey));
        return prioritised;
    }

    /** The findings with their priorities, in the given order. */
    public static List<Finding> withPriorities(List<Finding> findings, List<Hotspot> hotspots, List<CouplingPair> coupling) {
        int maxCommits = 1;
        Map<String, Integer> commits = new HashMap<>();
        for (Hotspot h : hotspots) {
            commits.put(h.path(), h.commits());
            maxCommits = Math.max(maxCommits, h.commits());
        }
        Map<String, Double> strongestCoupling = new HashMap<>();
        for (CouplingPair pair : coupling) {
            strongestCoupling.merge(pair.first(), pair.degree(), Math::max);
            strongestCoupling.merge(pair.second(), pair.degree(), Math::max);
        }
        List<Finding> prioritised = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            double interest = interest(f.path(), commits, maxCommits, strongestCoupling);
            for (FindingLocation place : f.related()) {
                interest = Math.max(interest, interest(place.path(), commits, maxCommits, strongestCoupling));
            }
            double priority = interest * f.severity().weight() * magnitude(f.excess()) * f.confidence();
            prioritised.add(f.withPriority(f.inProduction() ? Math.round(priority * 100) / 100.0
                    : Math.round(priority / NON_PRODUCTION_DIVISOR * 10_000) / 10_000.0));
        }
        return prioritised;
    }

    /** How much a finding's excess over its threshold adds to its priority: 1 + log2(excess) / 8, from 1 to 1.5. */
    public static double magnitude(double excess) {
        return excess <= 1 ? 1 : Math.min(MAX_MAGNITUDE, 1 + Math.log(excess) / Math.log(2) / 8);
    }

    /** A finding with several places (a clone group) costs where its costliest place is. */
    private static double interest(String path, Map<String, Integer> commits, int maxCommits,
                                   Map<String, Double> strongestCoupling) {
        return 1 + 3.0 * commits.getOrDefault(path, 0) / maxCommits + 2 * strongestCoupling.getOrDefault(path, 0.0);
    }

    /**
     * @param prioritised findings sorted by priority, highest first (as {@link #prioritise} returns them)
     * @param codeLines   production files' code lines
     */
    public static DebtScore score(List<Finding> prioritised, long codeLines) {
        long minutes = 0;
        long otherMinutes = 0;
        List<Finding> production = new ArrayList<>();
        for (Finding f : prioritised) {
            if (f.inProduction()) {
                minutes += f.remediationMinutes();
                production.add(f);
            } else {
                otherMinutes += f.remediationMinutes();
            }
        }
        double ratio = codeLines == 0 ? 0 : minutes / (MINUTES_PER_LINE * codeLines);
        double median = production.isEmpty() ? 0 : production.get(production.size() / 2).priority();
        List<String> quickWins = new ArrayList<>();
        List<String> strategic = new ArrayList<>();
        List<String> deferrable = new ArrayList<>();
        Map<String, Double> fileDebt = new java.util.TreeMap<>();
        for (Finding f : prioritised) {
            if (!f.path().isEmpty()) {
                fileDebt.merge(f.path(), f.priority(), (a, b) -> Math.round((a + b) * 10_000) / 10_000.0);
            }
            if (!f.inProduction() || f.priority() < median) {
                deferrable.add(f.fingerprint());
            } else if (f.remediationMinutes() <= QUICK_WIN_MINUTES) {
                quickWins.add(f.fingerprint());
            } else {
                strategic.add(f.fingerprint());
            }
        }
        return new DebtScore(minutes, codeLines, Math.round(ratio * 10_000) / 10_000.0, rating(ratio), quickWins, strategic,
                deferrable, fileDebt, otherMinutes);
    }

    public static char rating(double ratio) {
        if (ratio <= 0.05) {
            return 'A';
        }
        if (ratio <= 0.10) {
            return 'B';
        }
        if (ratio <= 0.20) {
            return 'C';
        }
        return ratio <= 0.50 ? 'D' : 'E';
    }
}
