package dev.debtos.platform.scan;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a running scan is doing, stored in {@code scans.stage} as its {@link #key()} and shown by the API: the
 * worker's own steps (checkout, reuse, ledger; a pull-request scan's head, base and feedback) and, while the engine
 * runs, the engine stage it reported ({@code llm} and {@code embed} are the stages the worker adds after the rules).
 * An engine stage this list does not name is shown as {@link #ANALYSIS}.
 */
public enum ScanStage {
    CHECKOUT, REUSE, INVENTORY, MEASURE, DUPLICATION, DEPENDENCIES, HISTORY, BLAME, RULES, LLM, EMBED, SEMANTIC, SCORE,
    ANALYSIS, LEDGER, HEAD, BASE, FEEDBACK;

    private final String key = name().toLowerCase(Locale.ROOT);

    /** The stored word. */
    public String key() {
        return key;
    }

    /** The stage a stored word (or an engine stage name) names; {@link #ANALYSIS} for a word this list lacks. */
    public static ScanStage fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst().orElse(ANALYSIS);
    }

    /** True when the word is one of these stages (an engine stage the worker shows under its own name). */
    public static boolean isKnown(String key) {
        return Arrays.stream(values()).anyMatch(s -> s.key.equals(key));
    }

    @Override
    public String toString() {
        return key;
    }
}
