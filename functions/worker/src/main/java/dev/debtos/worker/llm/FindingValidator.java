package dev.debtos.worker.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps a model's finding only when the code confirms it: its path is the file that was sent, its lines exist and
 * were sent, its {@code evidence} occurs in those lines (whitespace-normalised, compared with the masked text that
 * was sent, so evidence can never carry a masked secret), and its type and severity are in the vocabulary. A kept
 * finding becomes a {@link Finding} with rule key {@code DEBT-LLM-<TYPE>} and a fingerprint over its rule, path and
 * evidence (not its lines), so it is the same ledger item when code moves. Free text is cut to size and stripped of
 * control characters.
 */
final class FindingValidator {
    static final int MAX_TITLE = 160;
    static final int MAX_TEXT = 1_500;
    static final int MAX_EVIDENCE_LINES = 40;
    static final int DEFAULT_EFFORT = 30;

    private FindingValidator() {
    }

    /** Why a finding was dropped, for the count and the log (never its text). */
    enum Drop { PATH, LINES, EVIDENCE, TYPE, SEVERITY, TEXT }

    record Checked(Optional<Finding> finding, Drop reason) {
    }

    static Checked check(JsonNode raw, Excerpt excerpt) {
        if (!excerpt.path().equals(raw.path("path").asText(null))) {
            return dropped(Drop.PATH);
        }
        int start = raw.path("startLine").asInt(0);
        int end = raw.path("endLine").isMissingNode() || raw.path("endLine").isNull() ? start : raw.path("endLine").asInt(0);
        if (!raw.path("startLine").canConvertToInt() || start < 1 || end < start || end > excerpt.fileLines()
                || end - start >= MAX_EVIDENCE_LINES * 10 || !excerpt.covers(start, end)) {
            return dropped(Drop.LINES);
        }
        DebtType type = type(raw.path("type").asText(""));
        if (type == null) {
            return dropped(Drop.TYPE);
        }
        Severity severity;
        try {
            severity = Severity.fromKey(raw.path("severity").asText("").toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return dropped(Drop.SEVERITY);
        }
        String cited = raw.path("evidence").asText("").replaceAll("(?m)^\\s*\\d+\\| ?", ""); // the line-number prefixes sent
        String evidence = normalise(cited);
        if (evidence.length() < 3 || evidence.contains(SecretMasker.MASK)
                || !normalise(excerpt.text(start, end)).contains(evidence)) {
            return dropped(Drop.EVIDENCE);
        }
        String title = clean(raw.path("title").asText(""), MAX_TITLE);
        if (title.isEmpty()) {
            return dropped(Drop.TEXT);
        }
        String explanation = clean(raw.path("explanation").asText(""), MAX_TEXT);
        String suggestion = clean(raw.path("suggestion").asText(""), MAX_TEXT);
        int effort = raw.path("effortMinutes").canConvertToInt() ? raw.path("effortMinutes").asInt() : DEFAULT_EFFORT;
        String ruleKey = ruleKey(type);
        StringBuilder message = new StringBuilder(title);
        if (!explanation.isEmpty()) {
            message.append('\n').append(explanation);
        }
        if (!suggestion.isEmpty()) {
            message.append("\nSuggestion: ").append(suggestion);
        }
        Finding finding = new Finding(ruleKey, type, severity, excerpt.path(), start, end, message.toString(),
                clean(cited, MAX_TEXT), Math.clamp(effort, 1, 480),
                Fingerprints.of(ruleKey, excerpt.path(), evidence), 0);
        return new Checked(Optional.of(finding), null);
    }

    static String ruleKey(DebtType type) {
        return Finding.LLM_RULE_PREFIX + type.name().replace('_', '-');
    }

    private static DebtType type(String key) {
        for (DebtType type : DebtType.values()) {
            if (type.key().equals(key.toLowerCase(Locale.ROOT).strip())) {
                return type;
            }
        }
        return null;
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String clean(String text, int max) {
        String printable = SecretMasker.maskText(text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")).strip();
        return printable.length() > max ? printable.substring(0, max - 1) + "…" : printable;
    }

    private static Checked dropped(Drop reason) {
        return new Checked(Optional.empty(), reason);
    }
}
