package dev.debtos.platform.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The changeset ids the fast up-to-date check compares are exactly the changelog's steps. */
class AppliedChangelogTest {
    @Test
    void readsOneAuthorQualifiedIdPerIncludedStep() {
        assertThat(AppliedChangelog.of(Migrations.MASTER_CHANGELOG).changesetIds())
                .containsExactlyInAnyOrderElementsOf(MigrationsIT.STEPS.stream().map(step -> "debt-os:" + step).toList());
    }
}
