package dev.debtos.worker.embed;

import dev.debtos.engine.chunks.CodeChunk;
import dev.debtos.platform.embeddings.EmbeddingBatchStore;
import dev.debtos.platform.embeddings.EmbeddingBatchStore.BatchChunk;
import dev.debtos.platform.embeddings.TextEmbedder;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Splits a scan's embedding work into batches of whole files, about {@link #BATCH_CHUNKS} chunks each (a file larger
 * than that is a batch of its own), writes them and sends one message per batch to the embedding queue. Each batch
 * is due by the scan's deadline ({@code EMBED_DEADLINE}); what is still pending then is dropped, and the scan's
 * figures say so.
 */
public final class EmbeddingDispatch {
    /** About four seconds of all-MiniLM-L6-v2 on two cores: short invocations, little work lost to a retry. */
    public static final int BATCH_CHUNKS = 128;

    /** Where a batch's message goes: the embedding queue. */
    @FunctionalInterface
    public interface BatchSender {
        void send(UUID batchId);
    }

    /** How many batches a scan's work became, and when they are due. */
    public record Dispatched(int batches, Instant deadline) {
    }

    private final EmbeddingBatchStore batches;
    private final BatchSender sender;
    private final Duration deadline;
    private final Clock clock;

    public EmbeddingDispatch(EmbeddingBatchStore batches, BatchSender sender, Duration deadline, Clock clock) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the embedding deadline must be positive: " + deadline);
        }
        this.batches = batches;
        this.sender = sender;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** Writes and sends the batches of {@code files} (each a file's chunks, in order). */
    public Dispatched dispatch(UUID scanId, UUID repositoryId, TextEmbedder model, List<List<CodeChunk>> files)
            throws SQLException {
        List<List<BatchChunk>> split = split(files);
        Instant due = clock.instant().plus(deadline);
        List<UUID> ids = batches.create(scanId, repositoryId, model.model(), model.dimensions(), due, split);
        ids.forEach(sender::send);
        return new Dispatched(ids.size(), due);
    }

    static List<List<BatchChunk>> split(List<List<CodeChunk>> files) {
        List<List<BatchChunk>> split = new ArrayList<>();
        List<BatchChunk> current = new ArrayList<>();
        for (List<CodeChunk> file : files) {
            if (!current.isEmpty() && current.size() + file.size() > BATCH_CHUNKS) {
                split.add(current);
                current = new ArrayList<>();
            }
            for (CodeChunk chunk : file) {
                current.add(new BatchChunk(chunk.path(), chunk.index(), chunk.startLine(), chunk.endLine(),
                        chunk.contentHash(), chunk.name(), chunk.language(), chunk.snippet(), chunk.text()));
            }
        }
        if (!current.isEmpty()) {
            split.add(current);
        }
        return split;
    }
}
