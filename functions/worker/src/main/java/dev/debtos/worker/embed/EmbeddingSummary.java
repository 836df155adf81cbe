package dev.debtos.worker.embed;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the embed stage did in one scan ({@code stats.embeddings}): the model, the chunks of the tree, how many the
 * model embedded, how many took a stored vector of equal content instead, and how many the per-scan chunk budget
 * left for a later scan ({@code deferred}: their files have no vectors yet). When the model's work went to embedding
 * batches, {@code queued} chunks in {@code batches} due by {@code deadline}; the embedding worker then keeps
 * {@code embedded}, {@code batches} and {@code state} current ({@code EmbeddingProgress}).
 */
public record EmbeddingSummary(String model, int chunks, int embedded, int reused, int deferred, Queued queued) {

    /** The model's work sent to the embedding worker. */
    public record Queued(int chunks, int batches, Instant deadline) {
    }

    public EmbeddingSummary(String model, int chunks, int embedded, int reused, int deferred) {
        this(model, chunks, embedded, reused, deferred, null);
    }

    /** These figures with the model's work queued: nothing embedded yet. */
    public EmbeddingSummary queued(int chunksQueued, int batches, Instant deadline) {
        return new EmbeddingSummary(model, chunks, 0, reused, deferred, new Queued(chunksQueued, batches, deadline));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model);
        json.put("chunks", chunks);
        json.put("embedded", embedded);
        json.put("reused", reused);
        json.put("deferred", deferred);
        if (queued != null) {
            json.put("queued", queued.chunks());
            Map<String, Object> batches = new LinkedHashMap<>();
            batches.put("total", queued.batches());
            batches.put("done", 0);
            batches.put("pending", queued.batches());
            batches.put("dropped", 0);
            json.put("batches", batches);
            json.put("state", queued.batches() == 0 ? "complete" : "embedding");
            json.put("deadline", queued.deadline().toString());
        }
        return json;
    }
}
