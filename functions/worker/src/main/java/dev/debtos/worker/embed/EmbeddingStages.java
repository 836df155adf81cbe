package dev.debtos.worker.embed;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.ConfigException;
import dev.debtos.platform.config.DurationText;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.embeddings.ChunkVectorStore;
import dev.debtos.platform.embeddings.EmbeddingBatchStore;
import dev.debtos.platform.embeddings.TextEmbedder;
import dev.debtos.platform.embeddings.TextEmbedders;
import dev.debtos.platform.lifecycle.OnFirstUse;
import dev.debtos.platform.queue.EmbeddingBatchMessage;
import dev.debtos.platform.queue.SqsScanQueue;
import dev.debtos.worker.ScanAnalyzer.CallerStages;
import dev.debtos.worker.embed.EmbeddingDispatch.BatchSender;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The embed stage and the semantic clone stage after it as a scan's caller stages: the embed stage's figures become
 * the scan's {@code stats.embeddings}. With an embedding queue ({@code EMBED_QUEUE_URL} in AWS, the embedded queue
 * locally) the model's work goes to batches for the embedding worker ({@link EmbeddingBatchHandler}), due within
 * {@code EMBED_DEADLINE}; without one the scan embeds in its own run.
 */
public final class EmbeddingStages {
    public static final String STATS_KEY = "embeddings";
    /** How many new chunks one scan may embed ({@code EMBED_MAX_CHUNKS_PER_SCAN}); the rest waits for the next scan. */
    public static final String BUDGET_VARIABLE = "EMBED_MAX_CHUNKS_PER_SCAN";
    /**
     * About half a minute of all-MiniLM-L6-v2 on two cores: a first scan of a large repository stays a matter of
     * minutes, and each later scan that analyses the tree embeds the next share, most complex files first.
     */
    public static final int DEFAULT_BUDGET = 1_000;
    /** How long a scan's embedding batches may take ({@code EMBED_DEADLINE}); what is pending then is dropped. */
    public static final String DEADLINE_VARIABLE = "EMBED_DEADLINE";
    /**
     * An hour: at the default budget a scan's batches take about half a minute of one worker, so only an outage (the
     * model failing, the queue's consumers throttled or gone) reaches it, and a later scan re-queues the files anyway.
     */
    public static final Duration DEFAULT_DEADLINE = Duration.ofHours(1);

    private EmbeddingStages() {
    }

    public static CallerStages of(TextEmbedder model, ChunkVectorStore store) {
        return of(model, store, DEFAULT_BUDGET);
    }

    public static CallerStages of(TextEmbedder model, ChunkVectorStore store, int chunkBudget) {
        return scope -> List.of(
                new EmbeddingStage(model, store, scope.repositoryId(), chunkBudget,
                        summary -> scope.stats().put(STATS_KEY, summary.toJson())),
                new SemanticCloneStage(store, model.model(), scope.repositoryId()));
    }

    /** The embed stage leaving the model's work to batches sent through {@code dispatch}. */
    public static CallerStages queued(TextEmbedder model, ChunkVectorStore store, EmbeddingDispatch dispatch,
                                      int chunkBudget) {
        return scope -> List.of(
                new EmbeddingStage(model, store, dispatch, scope.scanId(), scope.repositoryId(), chunkBudget,
                        summary -> scope.stats().put(STATS_KEY, summary.toJson())),
                new SemanticCloneStage(store, model.model(), scope.repositoryId()));
    }

    /**
     * The embed stage with the configured model, or none when no model is packaged with this function: batches on
     * EMBED_QUEUE_URL when it is set, else in the scan's own run.
     */
    public static CallerStages configured(AppConfig config, DataSource dataSource) {
        Optional<BatchSender> queue = config.queue().embeddingQueueUrl().map(url -> {
            SqsScanQueue embeddings = SqsScanQueue.at(config.queue(), url);
            return id -> embeddings.send(new EmbeddingBatchMessage(id).toJson());
        });
        return configured(config, dataSource, queue);
    }

    /** As above with the given embedding queue (the local runtime's), or none: the scan embeds in its own run. */
    public static CallerStages configured(AppConfig config, DataSource dataSource, Optional<BatchSender> queue) {
        int budget = budget(System.getenv(BUDGET_VARIABLE));
        ChunkVectorStore store = new ChunkVectorStore(dataSource);
        return TextEmbedders.configured(config).map(model -> queue
                        .map(sender -> queued(model, store, new EmbeddingDispatch(new EmbeddingBatchStore(dataSource),
                                sender, deadline(System.getenv(DEADLINE_VARIABLE)), Clock.systemUTC()), budget))
                        .orElseGet(() -> of(model, store, budget)))
                .orElse(CallerStages.NONE);
    }

    /** The embedding worker's runner with the configured model, or empty when no model is packaged or it is none. */
    public static Optional<EmbeddingBatchRunner> runner(AppConfig config, DataSource dataSource) {
        return TextEmbedders.configured(config).map(model -> new EmbeddingBatchRunner(model,
                new ChunkVectorStore(dataSource), new EmbeddingBatchStore(dataSource), Clock.systemUTC()));
    }

    /** The Lambda's runner, built on the first message (nothing opened during a SnapStart init). */
    static Supplier<EmbeddingBatchRunner> lazyRunner() {
        return OnFirstUse.of(() -> {
            AppConfig config = AppConfig.fromEnvironment();
            return runner(config, Database.pooled(config.database(), 1)).orElseThrow(() -> new ConfigException(
                    "EMBEDDING_MODEL", "names no model this function carries, so it cannot embed batches"));
        });
    }

    /** The deadline a variable's value asks for: unset is the default, otherwise a duration such as 30m or 2h. */
    static Duration deadline(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_DEADLINE;
        }
        Duration deadline = DurationText.parse(DEADLINE_VARIABLE, value);
        if (deadline.isZero()) {
            throw new ConfigException(DEADLINE_VARIABLE, "must be longer than zero");
        }
        return deadline;
    }

    /** The budget a variable's value asks for: unset is the default, otherwise a whole number of at least 1. */
    static int budget(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_BUDGET;
        }
        try {
            int budget = Integer.parseInt(value.strip());
            if (budget >= 1) {
                return budget;
            }
        } catch (NumberFormatException e) {
            // reported below, as one line naming the variable
        }
        throw new ConfigException(BUDGET_VARIABLE, "must be a whole number of at least 1, was '" + value.strip() + "'");
    }
}
