package dev.debtos.platform.db;

import java.util.List;

/**
 * Where a database stands against the changelog.
 *
 * @param applied change-set ids in the order they ran, oldest first
 * @param pending change-set ids not yet applied, in the order {@code migrate} would apply them
 */
public record MigrationStatus(List<String> applied, List<String> pending) {

    public MigrationStatus {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
    }

    public boolean upToDate() {
        return pending.isEmpty();
    }
}
