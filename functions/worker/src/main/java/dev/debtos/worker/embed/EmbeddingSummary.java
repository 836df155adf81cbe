package dev.debtos.worker.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the embed stage did in one scan ({@code stats.embeddings}): the model, the chunks of the tree, how many the
 * model embedded, how many took a stored vector of equal content instead, and how many the per-scan chunk budget
 * left for a later scan ({@code deferred}: their files have no vectors yet).
 */
public record EmbeddingSummary(String model, int chunks, int embedded, int reused, int deferred) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model);
        json.put("chunks", chunks);
        json.put("embedded", embedded);
        json.put("reused", reused);
        json.put("deferred", deferred);
        return json;
    }
}
