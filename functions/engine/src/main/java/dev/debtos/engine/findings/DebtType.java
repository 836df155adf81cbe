package dev.debtos.engine.findings;

import java.util.Locale;

/** The 18-type debt taxonomy shared with the database (debt_items.type) and the API. */
public enum DebtType {
    CODE_SMELL, COMPLEXITY, DUPLICATION, DEAD_CODE, CIRCULAR_DEPENDENCY, LAYER_VIOLATION, GOD_CLASS, FEATURE_ENVY,
    OUTDATED_DEPENDENCY, VULNERABLE_DEPENDENCY, MISSING_LOCK_FILE, LOW_COVERAGE, MISSING_TESTS, FLAKY_TESTS,
    MISSING_DOCS, OUTDATED_DOCS, HARDCODED_CONFIG, SECURITY_ISSUE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
