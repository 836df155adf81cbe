package dev.debtos.engine.inventory;

import java.util.Locale;

/**
 * What a file is for. Debt in production code costs the most; findings in the other kinds stay in the ledger but
 * rank below every production finding and stay out of the debt ratio (SonarQube leaves tests out the same way).
 */
public enum FileRole {
    PRODUCTION, TEST, EXAMPLE, GENERATED, VENDORED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code test} → TEST; anything else is an IllegalArgumentException naming the allowed values. */
    public static FileRole fromKey(String key) {
        for (FileRole role : values()) {
            if (role.key().equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("file role must be one of production, test, example, generated, vendored");
    }
}
