package dev.debtos.worker.embed;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.ConfigException;
import dev.debtos.platform.embeddings.ChunkVectorStore;
import dev.debtos.platform.embeddings.TextEmbedder;
import dev.debtos.platform.embeddings.TextEmbedders;
import dev.debtos.worker.ScanAnalyzer.CallerStages;
import java.util.List;
import javax.sql.DataSource;

/**
 * The embed stage and the semantic clone stage after it as a scan's caller stages: the embed stage's figures become
 * the scan's {@code stats.embeddings}.
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

    /** The embed stage with the configured model, or none when no model is packaged with this function. */
    public static CallerStages configured(AppConfig config, DataSource dataSource) {
        int budget = budget(System.getenv(BUDGET_VARIABLE));
        return TextEmbedders.configured(config).map(model -> of(model, new ChunkVectorStore(dataSource), budget))
                .orElse(CallerStages.NONE);
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
