package dev.debtos.platform.scan;

import dev.debtos.platform.validation.InvalidFieldException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.engine.rules.RuleThresholds;
import dev.debtos.engine.suppression.IgnoreRule;
import dev.debtos.engine.suppression.ProjectSettings;
import dev.debtos.platform.ledger.DebtVocabulary;
import dev.debtos.platform.schedule.Schedule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The per-key checks of {@link RepositorySettings}; each failure names the key (and index) it is about. */
final class SettingsRules {
    static final Set<String> KEYS = Set.of("autoScan", "scanOnPush", "scanOnPr", "include", "exclude", "schedule",
            "llmTokenBudget", "llm", "thresholds", "ignore", "prComments", "prStatus", "qualityGate", "feedbackSimilarity");
    static final int MAX_GLOBS = 200;
    static final int MAX_GLOB_CHARS = 256;
    static final int MAX_TOKEN_BUDGET = 10_000_000;
    private static final Pattern PRINTABLE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private SettingsRules() {
    }

    static void rejectUnknownKeys(JsonNode object) {
        Set<String> unknown = new TreeSet<>();
        object.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                unknown.add(PRINTABLE_KEY.matcher(key).matches() ? key : "(a key with unusual characters)");
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(String.join(", ", unknown),
                    "unknown setting" + (unknown.size() > 1 ? "s" : "") + "; known: " + String.join(", ", new TreeSet<>(KEYS)));
        }
    }

    static boolean bool(JsonNode settings, String key, boolean fallback) {
        JsonNode value = settings.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new InvalidFieldException(key, "must be true or false");
        }
        return value.booleanValue();
    }

    /** A switch written as {@code "on"} or {@code "off"} ({@code llm: off}). */
    static boolean onOff(JsonNode settings, String key, boolean fallback) {
        JsonNode value = settings.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual() || !(value.asText().equals("on") || value.asText().equals("off"))) {
            throw new InvalidFieldException(key, "must be \"on\" or \"off\"");
        }
        return value.asText().equals("on");
    }

    /** {@code qualityGate}: an object whose only key is {@code failOn}, a severity. */
    static String qualityGateFailOn(JsonNode settings, String fallback) {
        JsonNode gate = settings.get("qualityGate");
        if (gate == null || gate.isNull()) {
            return fallback;
        }
        if (!gate.isObject()) {
            throw new InvalidFieldException("qualityGate", "must be an object such as {\"failOn\": \"high\"}");
        }
        gate.fieldNames().forEachRemaining(key -> {
            if (!key.equals("failOn")) {
                throw new InvalidFieldException("qualityGate", "has one key, failOn");
            }
        });
        JsonNode failOn = gate.get("failOn");
        if (failOn == null || failOn.isNull()) {
            return fallback;
        }
        if (!failOn.isTextual() || !DebtVocabulary.SEVERITIES.contains(failOn.asText())) {
            throw new InvalidFieldException("qualityGate.failOn", "must be one of " + String.join(", ", DebtVocabulary.SEVERITIES));
        }
        return failOn.asText();
    }

    static List<String> globs(JsonNode settings, String key) {
        JsonNode value = settings.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_GLOBS) {
            throw new InvalidFieldException(key, "must be an array of at most " + MAX_GLOBS + " gitignore-style globs");
        }
        List<String> globs = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String field = key + "[" + i + "]";
            if (!item.isTextual()) {
                throw new InvalidFieldException(field, "must be a string");
            }
            globs.add(glob(field, item.asText()));
        }
        return globs;
    }

    /** A gitignore pattern: printable, bounded, brackets closed, no dangling escape, not just a negation. */
    private static String glob(String field, String glob) {
        String problem = null;
        if (glob.isBlank() || glob.length() > MAX_GLOB_CHARS) {
            problem = "must be 1 to " + MAX_GLOB_CHARS + " characters";
        } else if (glob.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problem = "must not contain control characters";
        } else if (glob.strip().equals("!") || glob.startsWith("#")) {
            problem = "is not a pattern (a lone '!' or a comment)";
        } else if (!bracketsClosed(glob)) {
            problem = "has an unclosed '[' or a trailing '\\'";
        }
        if (problem != null) {
            throw new InvalidFieldException(field, problem);
        }
        return glob;
    }

    private static boolean bracketsClosed(String glob) {
        boolean open = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                if (++i == glob.length()) {
                    return false;
                }
            } else if (c == '[' && !open) {
                open = true;
            } else if (c == ']' && open) {
                open = false;
            }
        }
        return !open;
    }

    static Optional<String> schedule(JsonNode settings) {
        JsonNode value = settings.get("schedule");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String text = value.isTextual() ? value.asText().strip() : "";
        // the scheduler's own parser, so what is accepted here is exactly what will run
        Optional<String> problem = text.length() > 100 ? Optional.of("is too long") : Schedule.problem(text);
        if (problem.isPresent()) {
            throw new InvalidFieldException("schedule", "must be null, hourly, daily, weekly or a 5-field cron expression"
                    + " such as '0 3 * * 1' (" + problem.get() + ")");
        }
        return Optional.of(text);
    }

    static int tokenBudget(JsonNode settings, int fallback) {
        JsonNode value = settings.get("llmTokenBudget");
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0 || value.intValue() > MAX_TOKEN_BUDGET) {
            throw new InvalidFieldException("llmTokenBudget", "must be a whole number from 0 to " + MAX_TOKEN_BUDGET);
        }
        return value.intValue();
    }

    /** The cosine similarity from which a finding is a look-alike of one marked invalid: 0.5 to 1. */
    static double feedbackSimilarity(JsonNode settings, double fallback) {
        JsonNode value = settings.get("feedbackSimilarity");
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.doubleValue() < 0.5 || value.doubleValue() > 1) {
            throw new InvalidFieldException("feedbackSimilarity", "must be a number from 0.5 to 1 (cosine similarity)");
        }
        return value.doubleValue();
    }

    /** {@code ignore}: findings to suppress, a list of {@code {rule, path, reason}} (the engine's own validation). */
    static List<IgnoreRule> ignore(JsonNode settings) {
        try {
            return ProjectSettings.ignores(settings.get("ignore"), "ignore");
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int space = message.indexOf(' ');
            throw new InvalidFieldException(space < 0 ? "ignore" : message.substring(0, space),
                    space < 0 ? message : message.substring(space + 1));
        }
    }

    static Map<String, Number> thresholds(JsonNode settings) {
        JsonNode value = settings.get("thresholds");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new InvalidFieldException("thresholds", "must be an object of rule threshold name to number");
        }
        Set<String> known = RuleThresholds.defaults().asMap().keySet();
        Map<String, Number> thresholds = new LinkedHashMap<>();
        for (var entry : value.properties()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                String shown = PRINTABLE_KEY.matcher(key).matches() ? key : "(a key with unusual characters)";
                throw new InvalidFieldException("thresholds." + shown, "unknown rule threshold; known: " + String.join(", ", known));
            }
            if (!entry.getValue().isNumber()) {
                throw new InvalidFieldException("thresholds." + key, "must be a number");
            }
            thresholds.put(key, entry.getValue().numberValue());
            try {
                RuleThresholds.defaults().withOverrides(Map.of(key, entry.getValue().numberValue()));
            } catch (IllegalArgumentException e) {
                boolean fraction = RuleThresholds.defaults().asMap().get(key) instanceof Double;
                throw new InvalidFieldException("thresholds." + key,
                        fraction ? "must be a number in (0, 1]" : "must be a whole number from 1 to 100000");
            }
        }
        return thresholds;
    }
}
