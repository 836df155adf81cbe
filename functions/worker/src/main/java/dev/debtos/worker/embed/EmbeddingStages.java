package dev.debtos.worker.embed;

import dev.debtos.platform.config.AppConfig;
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

    private EmbeddingStages() {
    }

    public static CallerStages of(TextEmbedder model, ChunkVectorStore store) {
        return scope -> List.of(
                new EmbeddingStage(model, store, scope.repositoryId(), summary -> scope.stats().put(STATS_KEY, summary.toJson())),
                new SemanticCloneStage(store, model.model(), scope.repositoryId()));
    }

    /** The embed stage with the configured model, or none when no model is packaged with this function. */
    public static CallerStages configured(AppConfig config, DataSource dataSource) {
        return TextEmbedders.configured(config).map(model -> of(model, new ChunkVectorStore(dataSource))).orElse(CallerStages.NONE);
    }
}
