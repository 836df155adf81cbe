package dev.debtos.worker.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.config.LlmSettings;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.llm.LlmCacheStore;
import dev.debtos.platform.llm.LlmUsageStore;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.platform.scan.RepositorySettings;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.worker.ScanAnalyzer;
import dev.debtos.worker.ScanScope;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * The LLM review as a process wires it: the configured model (one per process, so its concurrency limit holds for
 * the worker), where answers are cached and usage recorded, and the settings every scan's stage gets. With no provider
 * configured there is no stage and the scan's stats say why.
 */
public final class LlmReview implements ScanAnalyzer.CallerStages {
    public static final String STATS_KEY = "llm";
    private final LlmSettings settings;
    private final ReviewModel model;
    private final LlmCache cache;
    private final UsageLog usage;
    private final SettingsSource repositorySettings;
    private LlmMetrics metrics = LlmMetrics.NONE;

    /** A repository's stored settings (jsonb text, null for none). */
    @FunctionalInterface
    public interface SettingsSource {
        String settingsJson(UUID repositoryId) throws SQLException;
    }

    /** Usage is recorded per scan: the worker's rows carry the scan and repository. */
    @FunctionalInterface
    public interface UsageLog {
        LlmUsage forScan(UUID scanId, UUID repositoryId);
    }

    LlmReview(LlmSettings settings, ReviewModel model, LlmCache cache, UsageLog usage, SettingsSource repositorySettings) {
        this.settings = settings;
        this.model = model;
        this.cache = cache;
        this.usage = usage;
        this.repositorySettings = repositorySettings;
    }

    /** The worker's: LangChain4j's model for the configured provider, {@code llm_cache} and {@code llm_usage}. */
    public static LlmReview configured(LlmSettings settings, DataSource dataSource) {
        RepositoryStore repositories = new RepositoryStore(dataSource);
        if (!settings.enabled()) {
            return new LlmReview(settings, null, null, null, repositories::settingsJson);
        }
        LlmCacheStore cacheRows = new LlmCacheStore(dataSource);
        LlmUsageStore usageRows = new LlmUsageStore(dataSource);
        LlmReview review = new LlmReview(settings, LangChainReviewModel.of(settings), new DatabaseCache(cacheRows),
                (scanId, repositoryId) -> new DatabaseUsage(usageRows, scanId, repositoryId), repositories::settingsJson);
        review.metrics = LlmMetrics.forEnvironment();
        return review;
    }

    /** One process without a database ({@code debt-os analyze}): cache and usage in memory. */
    public static LlmReview inMemory(LlmSettings settings) {
        if (!settings.enabled()) {
            return new LlmReview(settings, null, null, null, repository -> null);
        }
        LlmUsage usage = LlmUsage.inMemory();
        return new LlmReview(settings, LangChainReviewModel.of(settings), LlmCache.inMemory(), (scan, repository) -> usage,
                repository -> null);
    }

    public boolean enabled() {
        return model != null;
    }

    /**
     * The stage for one scan of a repository with these stored settings, or empty with the reason it is skipped: no
     * provider, {@code llm: off}, or a token budget of 0. Paths the settings exclude are never sent.
     */
    @Override
    public List<AnalysisStage> of(ScanScope scope) {
        String stored;
        try {
            stored = repositorySettings.settingsJson(scope.repositoryId());
        } catch (SQLException e) {
            throw new IllegalStateException("the repository's settings could not be read", e);
        }
        Optional<LlmReviewStage> stage = stage(scope.scanId(), scope.repositoryId(), stored, List.of(),
                summary -> {
                    scope.stats().put(STATS_KEY, statsJson(summary));
                    metrics.record(summary);
                });
        if (stage.isEmpty()) {
            scope.stats().put(STATS_KEY, statsJson(LlmSummary.skipped(provider(), skipReason(stored))));
        }
        return List.copyOf(stage.stream().toList());
    }

    public Optional<LlmReviewStage> stage(UUID scanId, UUID repositoryId, String settingsJson, List<String> excluded) {
        return stage(scanId, repositoryId, settingsJson, excluded, summary -> { });
    }

    private Optional<LlmReviewStage> stage(UUID scanId, UUID repositoryId, String settingsJson, List<String> excluded,
                                           java.util.function.Consumer<LlmSummary> onSummary) {
        if (!enabled()) {
            return Optional.empty();
        }
        RepositorySettings repository = RepositorySettings.fromStored(settingsJson);
        if (!repository.llm() || repository.llmTokenBudget() == 0) {
            return Optional.empty();
        }
        List<String> exclude = new java.util.ArrayList<>(repository.exclude());
        exclude.addAll(excluded);
        return Optional.of(new LlmReviewStage(model, cache, usage.forScan(scanId, repositoryId),
                repository.llmTokenBudget(), settings.dailyTokenQuota(), settings.verify(), RuleTriage.TOP, notExcluded(exclude),
                onSummary));
    }

    /** Why a scan has no LLM stage, for its stats. */
    public String skipReason(String settingsJson) {
        if (!enabled()) {
            return "no LLM provider is configured (LLM_PROVIDER, OPENAI_API_KEY, ANTHROPIC_API_KEY)";
        }
        return RepositorySettings.fromStored(settingsJson).llm() ? "the repository's llmTokenBudget is 0"
                : "the repository's settings say llm: off";
    }

    public String provider() {
        return settings.provider().key();
    }

    /** {@code stats.llm} of a scan. */
    public static ObjectNode statsJson(LlmSummary summary) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("provider", summary.provider());
        if (summary.skipped().isPresent()) {
            json.put("skipped", summary.skipped().get());
            json.put("calls", 0).put("tokens", 0);
            return json;
        }
        json.put("model", summary.model()).put("calls", summary.calls()).put("tokens", summary.tokens())
                .put("cachedFiles", summary.cachedFiles()).put("findings", summary.findings())
                .put("dropped", summary.dropped()).put("rejected", summary.rejected()).put("merged", summary.merged())
                .put("malformed", summary.malformed()).put("failedCalls", summary.failedCalls())
                .put("candidates", summary.candidates()).put("reviewedFiles", summary.reviewedFiles())
                .put("triaged", summary.triage().triaged()).put("notActionable", summary.triage().notActionable())
                .put("triageCached", summary.triage().cached());
        summary.stopped().ifPresent(reason -> json.put("stopped", reason));
        summary.warning().ifPresent(warning -> json.put("warning", warning));
        return json;
    }

    static Predicate<String> notExcluded(List<String> globs) {
        List<FastIgnoreRule> rules = globs.stream().filter(g -> !g.isBlank()).map(String::trim).map(FastIgnoreRule::new).toList();
        return path -> {
            for (FastIgnoreRule rule : rules) {
                if (rule.isMatch(path, false)) {
                    return false;
                }
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    if (rule.isMatch(path.substring(0, slash), true)) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    private record DatabaseCache(LlmCacheStore rows) implements LlmCache {
        @Override
        public Optional<String> find(String blobId, String model, String promptVersion) {
            try {
                return rows.find(blobId, model, promptVersion);
            } catch (SQLException e) {
                throw new IllegalStateException("llm_cache could not be read", e);
            }
        }

        @Override
        public void store(String blobId, String model, String promptVersion, String answerJson, int in, int out) {
            try {
                rows.store(blobId, model, promptVersion, answerJson, in, out);
            } catch (SQLException e) {
                throw new IllegalStateException("llm_cache could not be written", e);
            }
        }
    }

    private record DatabaseUsage(LlmUsageStore rows, UUID scanId, UUID repositoryId) implements LlmUsage {
        @Override
        public void record(String provider, String model, int inputTokens, int outputTokens) {
            try {
                rows.record(scanId, repositoryId, provider, model, inputTokens, outputTokens);
            } catch (SQLException e) {
                throw new IllegalStateException("llm_usage could not be written", e);
            }
        }

        @Override
        public long tokensOfLast24Hours() {
            try {
                return rows.tokensOfLast24Hours();
            } catch (SQLException e) {
                throw new IllegalStateException("llm_usage could not be read", e);
            }
        }
    }
}
