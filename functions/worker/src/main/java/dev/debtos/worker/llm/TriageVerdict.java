package dev.debtos.worker.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A model's verdict on one rule finding, read like a request body: only {@code verdicts} entries whose {@code id} is
 * one that was sent and whose {@code actionable} is a boolean count; the first verdict per id wins; any other field
 * is ignored. The reason is kept as plain text: one line, at most {@link #MAX_REASON_CHARS} characters, anything
 * shaped like a credential masked.
 */
record TriageVerdict(boolean actionable, String reason) {
    static final int MAX_REASON_CHARS = 300;

    /** The verdicts of an answer by finding id, or empty when the answer is not the JSON asked for. */
    static Optional<Map<String, TriageVerdict>> parse(String text, Set<String> sentIds) {
        JsonNode root = ReviewAnswer.jsonObject(text);
        if (root == null || !root.path("verdicts").isArray()) {
            return Optional.empty();
        }
        Map<String, TriageVerdict> verdicts = new LinkedHashMap<>();
        for (JsonNode verdict : root.path("verdicts")) {
            String id = verdict.path("id").asText("");
            if (verdict.isObject() && sentIds.contains(id) && verdict.path("actionable").isBoolean()) {
                verdicts.putIfAbsent(id, new TriageVerdict(verdict.path("actionable").booleanValue(),
                        clean(verdict.path("reason").asText(""))));
            }
        }
        return Optional.of(verdicts);
    }

    /** The cached form. */
    String toJson() {
        ObjectNode json = Json.mapper().createObjectNode();
        return json.put("actionable", actionable).put("reason", reason).toString();
    }

    static Optional<TriageVerdict> fromCache(String json) {
        JsonNode root = ReviewAnswer.jsonObject(json);
        if (root == null || !root.path("actionable").isBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new TriageVerdict(root.path("actionable").booleanValue(), clean(root.path("reason").asText(""))));
    }

    private static String clean(String reason) {
        String line = reason.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        String masked = SecretMasker.maskText(line);
        if (masked.isEmpty()) {
            return "no reason given";
        }
        return masked.length() > MAX_REASON_CHARS ? masked.substring(0, MAX_REASON_CHARS - 1) + "…" : masked;
    }
}
