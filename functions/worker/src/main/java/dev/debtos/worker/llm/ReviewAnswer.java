package dev.debtos.worker.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.debtos.platform.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's answer read leniently: the JSON object itself, or the first {@code {…}} in text around it (a code fence,
 * a preamble). Anything else is malformed: no findings, counted, never a failed scan. Only the {@code findings} array
 * is read; any other field (a status, a command) is ignored.
 */
record ReviewAnswer(List<JsonNode> findings, boolean malformed) {
    private static final ObjectMapper JSON = Json.mapper();

    static ReviewAnswer parse(String text) {
        JsonNode root = jsonObject(text);
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            return new ReviewAnswer(List.of(), true);
        }
        List<JsonNode> findings = new ArrayList<>();
        root.path("findings").forEach(finding -> {
            if (finding.isObject()) {
                findings.add(finding);
            }
        });
        return new ReviewAnswer(findings, false);
    }

    String toJson() {
        ArrayNode array = JSON.createArrayNode();
        findings.forEach(array::add);
        return JSON.createObjectNode().set("findings", array).toString();
    }

    /** The JSON object of a model's answer: the whole text, or the first {@code {…}} in it; null when there is none. */
    static JsonNode jsonObject(String text) {
        JsonNode root = read(text);
        if (root == null && text != null) {
            int open = text.indexOf('{');
            int close = text.lastIndexOf('}');
            if (open >= 0 && close > open) {
                root = read(text.substring(open, close + 1));
            }
        }
        return root != null && root.isObject() ? root : null;
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }
}
