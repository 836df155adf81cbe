package dev.debtos.local.cli;

import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.engine.analysis.AnalysisStages;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.inventory.InventoryOptions;
import dev.debtos.engine.report.Reports;
import dev.debtos.platform.config.ConfigException;
import dev.debtos.platform.config.LlmSettings;
import dev.debtos.worker.llm.LlmReview;
import dev.debtos.worker.llm.LlmReviewStage;
import dev.debtos.worker.llm.LlmSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code debt-os analyze <dir>}: the whole engine on a directory, with no database and no network. Writes
 * report.json, report.sarif and report.html; with {@code --fail-on} it is a CI quality gate (exit 3).
 */
@Command(name = "analyze", description = "Analyse a directory and write JSON, SARIF and HTML reports (no database, no network).")
final class AnalyzeCommand implements Callable<Integer> {
    static final int GATE_FAILED = 3;

    @Parameters(index = "0", paramLabel = "<dir>", description = "The directory (a git working tree gets history analysis).")
    Path directory;

    @Option(names = "--out", paramLabel = "<dir>", description = "Where to write the reports (default: <dir>/.debt-os).")
    Path out;

    @Option(names = "--fail-on", paramLabel = "<severity>", description = "Exit 3 when a finding is at least this severe: critical, high, medium, low, info.")
    String failOn;

    @Option(names = "--include", paramLabel = "<glob>", description = "Only files matching (gitignore syntax; repeatable).")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "<glob>", description = "Skip files matching (gitignore syntax; repeatable).")
    List<String> excludes = List.of();

    @Option(names = "--min-tokens", paramLabel = "<n>", description = "Smallest duplicated block reported, in tokens (default 100).")
    int minimumTokens = 100;

    @Option(names = "--no-llm", description = "Skip the LLM review even when a provider is configured.")
    boolean noLlm;

    @Option(names = "--no-history", description = "Skip git history (churn, hotspots, coupling, blame).")
    boolean noHistory;

    @Option(names = "--threshold", paramLabel = "<name=value>", description = "Override a rule threshold (repeatable), e.g. cyclomatic=15.")
    Map<String, Double> thresholds = Map.of();

    @Option(names = "--timings", description = "List on stderr at the end how long each rule (and each part of scoring) took.")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        Severity gate = failOn == null ? null : gate(failOn);
        if (!Files.isDirectory(directory)) {
            throw new CommandFailure("not a directory: " + directory, OneLineErrors.BAD_INPUT);
        }
        if (minimumTokens < 10 || minimumTokens > 100_000) {
            throw new CommandFailure("--min-tokens must be between 10 and 100000", OneLineErrors.BAD_INPUT);
        }
        AnalysisOptions defaults = AnalysisOptions.defaults();
        AnalysisOptions options;
        try {
            options = new AnalysisOptions(new InventoryOptions(includes, excludes, InventoryOptions.DEFAULT_MAX_FILE_BYTES, true),
                    minimumTokens, noHistory ? null : defaults.history(), defaults.thresholds().withOverrides(thresholds),
                    defaults.threads());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), OneLineErrors.BAD_INPUT);
        }
        Path root = directory.toAbsolutePath().normalize();
        Path target = out != null ? out : root.resolve(".debt-os");
        ProgressBar progress = timings ? ProgressBar.onStderr().withTimings() : ProgressBar.onStderr();
        LlmReview review = noLlm ? LlmReview.inMemory(LlmSettings.NONE) : LlmReview.inMemory(llmSettings());
        Optional<LlmReviewStage> llm = review.stage(null, null, null, excludes);
        Analyzer analyzer = new Analyzer(llm.<List<AnalysisStage>>map(stage -> AnalysisStages.standardWith(List.of(stage)))
                .orElseGet(AnalysisStages::standard));
        AnalysisResult result = analyzer.analyze(root, options, progress);
        Reports.writeAll(result, root, target, progress);
        progress.finish();
        System.out.println(AnalysisSummary.of(result, target));
        LlmSummary summary = llm.flatMap(LlmReviewStage::summary)
                .orElseGet(() -> LlmSummary.skipped(review.provider(), noLlm ? "--no-llm" : review.skipReason(null)));
        System.out.println(ScanCommand.llmLine(LlmReview.statsJson(summary)));
        if (gate != null && result.findings().stream().map(Finding::severity).anyMatch(s -> s.atLeast(gate))) {
            System.err.println("debt-os: quality gate failed: findings at or above '" + failOn + "'");
            return GATE_FAILED;
        }
        return 0;
    }

    private static LlmSettings llmSettings() {
        try {
            return LlmSettings.fromEnvironment();
        } catch (ConfigException e) {
            throw new CommandFailure(e.getMessage(), OneLineErrors.BAD_INPUT);
        }
    }

    private static Severity gate(String value) {
        try {
            return Severity.fromKey(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--fail-on " + e.getMessage(), OneLineErrors.BAD_INPUT);
        }
    }
}
