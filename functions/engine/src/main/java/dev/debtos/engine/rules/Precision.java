package dev.debtos.engine.rules;

/**
 * How often a rule's findings are real debt, on SARIF's scale (GitHub code scanning reads it from a rule's
 * {@code properties.precision} to rank and filter alerts): very high for exact measurements against a threshold, lower
 * where a finding rests on a heuristic (names, history, text).
 */
public enum Precision {
    VERY_HIGH("very-high"), HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String key;

    Precision(String key) {
        this.key = key;
    }

    /** SARIF's spelling: {@code very-high}, {@code high}, {@code medium}, {@code low}. */
    public String key() {
        return key;
    }
}
