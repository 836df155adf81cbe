package dev.debtos.worker.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the embed stage did in one scan ({@code stats.embeddings}): the model, the chunks of the tree, how many the
 * model embedded, and how many took a stored vector of equal content instead.
 */
public record EmbeddingSummary(String model, int chunks, int embedded, int reused) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model);
        json.put("chunks", chunks);
        json.put("embedded", embedded);
        json.put("reused", reused);
        return json;
    }
}
