package dev.debtos.engine.findings;

import java.util.Locale;

/** How bad a finding is; the weight multiplies interest in priority scoring. */
public enum Severity {
    CRITICAL(8), HIGH(5), MEDIUM(3), LOW(1), INFO(0.5);

    private final double weight;

    Severity(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code high} → HIGH; anything else is an IllegalArgumentException naming the allowed values. */
    public static Severity fromKey(String key) {
        for (Severity s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("severity must be one of critical, high, medium, low, info");
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
