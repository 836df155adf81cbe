package dev.debtos.worker.embed;

import dev.debtos.platform.embeddings.ChunkVectorStore;
import dev.debtos.platform.embeddings.ChunkVectorStore.ChunkRow;
import dev.debtos.platform.embeddings.EmbeddingBatchStore;
import dev.debtos.platform.embeddings.EmbeddingBatchStore.BatchChunk;
import dev.debtos.platform.embeddings.EmbeddingBatchStore.PendingBatch;
import dev.debtos.platform.embeddings.TextEmbedder;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One delivery of an embedding batch: asks the model only for the chunks whose content hash has no stored vector of
 * the batch's model in the repository (a redelivered batch whose vectors an earlier attempt stored embeds nothing),
 * then stores the batch's files and marks it done in one transaction ({@link EmbeddingBatchStore#complete}). A batch
 * that is done, dropped or superseded is acknowledged untouched; one past its deadline, or for another model than this
 * worker's, is dropped with its reason.
 */
public final class EmbeddingBatchRunner {
    /** What became of a delivery. */
    public enum Outcome { EMBEDDED, ALREADY_FINISHED, DROPPED }

    private final TextEmbedder model;
    private final ChunkVectorStore vectors;
    private final EmbeddingBatchStore batches;
    private final Clock clock;

    public EmbeddingBatchRunner(TextEmbedder model, ChunkVectorStore vectors, EmbeddingBatchStore batches, Clock clock) {
        this.model = model;
        this.vectors = vectors;
        this.batches = batches;
        this.clock = clock;
    }

    public Outcome run(UUID batchId) throws SQLException {
        Optional<PendingBatch> found = batches.pending(batchId);
        if (found.isEmpty()) {
            return Outcome.ALREADY_FINISHED;
        }
        PendingBatch batch = found.get();
        if (clock.instant().isAfter(batch.deadline())) {
            batches.drop(batchId, "not embedded by its deadline");
            return Outcome.DROPPED;
        }
        if (!model.model().equals(batch.model())) {
            batches.drop(batchId, "the embedding worker runs " + model.model() + ", not " + batch.model());
            return Outcome.DROPPED;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        batch.chunks().forEach(chunk -> texts.putIfAbsent(chunk.hash(), chunk.text()));
        Map<String, float[]> known = new HashMap<>(vectors.vectors(batch.repositoryId(), batch.model(), texts.keySet()));
        List<String> missing = texts.keySet().stream().filter(hash -> !known.containsKey(hash)).toList();
        for (int from = 0; from < missing.size(); from += EmbeddingStage.BATCH) {
            List<String> hashes = missing.subList(from, Math.min(missing.size(), from + EmbeddingStage.BATCH));
            List<float[]> embedded = model.embedAll(hashes.stream().map(texts::get).toList());
            for (int i = 0; i < hashes.size(); i++) {
                known.put(hashes.get(i), embedded.get(i));
            }
        }
        List<ChunkRow> rows = new ArrayList<>(batch.chunks().size());
        for (BatchChunk chunk : batch.chunks()) {
            rows.add(new ChunkRow(chunk.path(), chunk.index(), chunk.startLine(), chunk.endLine(), chunk.hash(), chunk.name(),
                    chunk.language(), chunk.snippet(), known.get(chunk.hash())));
        }
        return batches.complete(batch, rows, missing.size()) ? Outcome.EMBEDDED : Outcome.ALREADY_FINISHED;
    }

    /** The last allowed delivery failed: the batch is dropped with why, so the scan says its embeddings are incomplete. */
    public void giveUp(UUID batchId, int receives, Exception failure) throws SQLException {
        batches.drop(batchId, "failed " + receives + " times (" + failure.getClass().getSimpleName() + ")");
    }
}
