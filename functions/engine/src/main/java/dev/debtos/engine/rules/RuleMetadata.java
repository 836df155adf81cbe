package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;

/** The fixed description of a rule: key, type, title and description. Rules extend this and add {@code check}. */
abstract class RuleMetadata implements Rule {
    private final String key;
    private final DebtType type;
    private final String title;
    private final String description;

    RuleMetadata(String key, DebtType type, String title, String description) {
        this.key = key;
        this.type = type;
        this.title = title;
        this.description = description;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final DebtType type() {
        return type;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String description() {
        return description;
    }
}
