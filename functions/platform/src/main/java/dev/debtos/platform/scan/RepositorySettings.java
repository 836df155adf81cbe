package dev.debtos.platform.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.suppression.IgnoreRule;
import dev.debtos.platform.embeddings.FeedbackMemory;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.validation.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A repository's settings (jsonb {@code repositories.settings}, camelCase keys) with the contract's defaults for
 * every absent key. The row stores only the keys a user set, so a default can change later for everyone who never
 * chose; {@link #merge} applies a PATCH: each key given replaces the stored one, {@code null} resets it to its
 * default, and {@code thresholds} is replaced as a whole. Every key is validated by {@link SettingsRules}.
 */
public record RepositorySettings(boolean autoScan, boolean scanOnPush, boolean scanOnPr, List<String> include,
                                 List<String> exclude, Optional<String> schedule, int llmTokenBudget, boolean llm,
                                 Map<String, Number> thresholds, PullRequestChecks pullRequests, double feedbackSimilarity,
                                 List<IgnoreRule> ignore) {
    private static final ObjectMapper JSON = Json.mapper();

    public RepositorySettings {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        thresholds = Map.copyOf(thresholds);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
    }

    /** Settings without an {@code ignore} list. */
    public RepositorySettings(boolean autoScan, boolean scanOnPush, boolean scanOnPr, List<String> include,
                              List<String> exclude, Optional<String> schedule, int llmTokenBudget, boolean llm,
                              Map<String, Number> thresholds, PullRequestChecks pullRequests, double feedbackSimilarity) {
        this(autoScan, scanOnPush, scanOnPr, include, exclude, schedule, llmTokenBudget, llm, thresholds, pullRequests,
                feedbackSimilarity, List.of());
    }

    public static RepositorySettings defaults() {
        return new RepositorySettings(true, true, true, List.of(), List.of(), Optional.empty(), 30_000, true, Map.of(),
                PullRequestChecks.DEFAULTS, FeedbackMemory.DEFAULT_SIMILARITY);
    }

    /** The settings an object holds; throws {@link InvalidFieldException} on the first key that breaks the contract. */
    public static RepositorySettings parse(JsonNode stored) {
        if (stored == null || stored.isNull()) {
            return defaults();
        }
        if (!stored.isObject()) {
            throw new InvalidFieldException("settings", "must be a JSON object");
        }
        SettingsRules.rejectUnknownKeys(stored);
        RepositorySettings d = defaults();
        return new RepositorySettings(
                SettingsRules.bool(stored, "autoScan", d.autoScan()),
                SettingsRules.bool(stored, "scanOnPush", d.scanOnPush()),
                SettingsRules.bool(stored, "scanOnPr", d.scanOnPr()),
                SettingsRules.globs(stored, "include"),
                SettingsRules.globs(stored, "exclude"),
                SettingsRules.schedule(stored),
                SettingsRules.tokenBudget(stored, d.llmTokenBudget()),
                SettingsRules.onOff(stored, "llm", d.llm()),
                SettingsRules.thresholds(stored),
                new PullRequestChecks(SettingsRules.bool(stored, "prComments", d.pullRequests().comments()),
                        SettingsRules.bool(stored, "prStatus", d.pullRequests().status()),
                        SettingsRules.qualityGateFailOn(stored, d.pullRequests().failOn())),
                SettingsRules.feedbackSimilarity(stored, d.feedbackSimilarity()),
                SettingsRules.ignore(stored));
    }

    /** The stored jsonb text, read back; a row the API never wrote falls back to defaults key by key. */
    public static RepositorySettings fromStored(String json) {
        return parse(read(json));
    }

    /**
     * The stored object after a PATCH, validated as a whole: returns the new jsonb text to store. Unknown keys of
     * the patch are all named in one {@link InvalidFieldException}.
     */
    public static String merge(String storedJson, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidFieldException("body", "must be a JSON object of settings");
        }
        SettingsRules.rejectUnknownKeys(patch);
        ObjectNode merged = read(storedJson).deepCopy();
        patch.properties().forEach(entry -> {
            if (entry.getValue().isNull()) {
                merged.remove(entry.getKey());
            } else {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
        parse(merged);
        return merged.toString();
    }

    /** Every key with its effective value (defaults filled in), as the API shows it. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("autoScan", autoScan);
        json.put("scanOnPush", scanOnPush);
        json.put("scanOnPr", scanOnPr);
        json.put("include", include);
        json.put("exclude", exclude);
        json.put("schedule", schedule.orElse(null));
        json.put("llmTokenBudget", llmTokenBudget);
        json.put("llm", llm ? "on" : "off");
        json.put("thresholds", thresholds);
        json.put("prComments", pullRequests.comments());
        json.put("prStatus", pullRequests.status());
        json.put("qualityGate", Map.of("failOn", pullRequests.failOn()));
        json.put("feedbackSimilarity", feedbackSimilarity);
        json.put("ignore", ignore.stream().map(rule -> Map.of("rule", rule.rule(), "path", rule.path(), "reason", rule.reason()))
                .toList());
        return json;
    }

    /**
     * What a pull-request scan reports back (read by the worker's {@code PullRequestSettings}): a comment on the
     * PR ({@code prComments}), the commit status ({@code prStatus}), and the quality gate's severity
     * ({@code qualityGate.failOn}: the gate fails on an added finding this severe or worse).
     */
    public record PullRequestChecks(boolean comments, boolean status, String failOn) {
        public static final PullRequestChecks DEFAULTS = new PullRequestChecks(true, true, "high");
    }

    private static ObjectNode read(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
