package dev.debtos.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Migrate up, revert one step, revert everything, migrate up again, on a database of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationsIT {
    static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");
    static final Set<String> SCHEMA_TABLES = Set.of("users", "oauth_identities", "api_keys", "repositories", "scans",
            "file_snapshots", "debt_items", "debt_item_events", "file_embeddings",
            "webhook_deliveries", "audit_log", "llm_usage", "llm_cache", "debt_feedback_memory", "debt_item_counts", "debt_plans",
            "embedding_batches");
    static final List<String> STEPS = List.of("001-extensions", "002-users-and-credentials", "003-repositories",
            "004-scans", "005-file-snapshots", "006-debt-items", "007-file-embeddings", "008-webhooks-and-audit",
            "009-llm-usage-and-cache", "010-local-repositories", "011-pr-scans-own-active-slot",
            "012-debt-queries", "013-snapshot-measurements", "014-debt-item-related-locations",
            "016-suppressed-debt-items", "017-no-function-rows", "018-snapshot-measurements-json",
            "020-embedding-chunks", "021-feedback-memory", "022-embedding-batches",
            "025-debt-summaries");

    private final Migrations migrations = new Migrations();
    private final AppliedChangelog changelog = AppliedChangelog.of(Migrations.MASTER_CHANGELOG);
    private TestDatabase database;
    private HikariDataSource dataSource;

    @BeforeAll
    void createDatabase() throws SQLException {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        try {
            if (dataSource != null) {
                dataSource.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    private Set<String> tables() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = ?")) {
            statement.setString(1, "public");
            statement.setString(2, "BASE TABLE");
            Set<String> names = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    private String indexDefinition(String index) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT indexdef FROM pg_indexes WHERE indexname = ?")) {
            statement.setString(1, index);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Test
    @Order(1)
    void migrateAppliesEveryStepAndCreatesEveryTable() throws SQLException {
        assertThat(migrations.status(dataSource).pending()).containsExactlyElementsOf(STEPS);
        assertThat(changelog.allApplied(dataSource)).as("no changelog table yet").isFalse();

        assertThat(migrations.migrate(dataSource)).isEqualTo(STEPS.size());

        Set<String> expected = new HashSet<>(SCHEMA_TABLES);
        expected.addAll(LIQUIBASE_TABLES);
        assertThat(tables()).isEqualTo(expected);
        MigrationStatus status = migrations.status(dataSource);
        assertThat(status.applied()).containsExactlyElementsOf(STEPS);
        assertThat(status.upToDate()).isTrue();
        assertThat(changelog.allApplied(dataSource)).isTrue();
        assertThat(indexDefinition("idx_file_embeddings_embedding")).contains("USING hnsw", "vector_cosine_ops");
        assertThat(indexDefinition("uq_scans_one_active_per_commit")).startsWith("CREATE UNIQUE INDEX").contains("WHERE");
    }

    @Test
    @Order(2)
    void migrateAgainAppliesNothing() {
        assertThat(migrations.migrate(dataSource)).isZero();
    }

    @Test
    @Order(3)
    void revertUndoesExactlyTheLastStep() throws SQLException {
        String last = STEPS.getLast();
        assertThat(migrations.revert(dataSource)).contains(last);
        assertThat(migrations.status(dataSource).pending()).containsExactly(last);
        assertThat(changelog.allApplied(dataSource)).as("one step pending").isFalse();
        // back to just before 009, one step at a time
        for (int step = STEPS.size() - 2; step >= STEPS.indexOf("009-llm-usage-and-cache"); step--) {
            assertThat(migrations.revert(dataSource)).contains(STEPS.get(step));
        }

        assertThat(tables()).doesNotContain("llm_usage", "llm_cache").contains("scans", "webhook_deliveries", "audit_log");
        assertThat(migrations.status(dataSource).pending())
                .containsExactlyElementsOf(STEPS.subList(STEPS.indexOf("009-llm-usage-and-cache"), STEPS.size()));
    }

    @Test
    @Order(4)
    void migrateRunsLiquibaseWhenOnlySomeStepsArePending() {
        int pending = migrations.status(dataSource).pending().size();
        assertThat(pending).isPositive();

        assertThat(migrations.migrate(dataSource)).isEqualTo(pending);
        assertThat(changelog.allApplied(dataSource)).isTrue();
        assertThat(migrations.migrate(dataSource)).isZero();
        for (int i = 0; i < pending; i++) {
            migrations.revert(dataSource); // back to where revertAll expects to start
        }
    }

    @Test
    @Order(5)
    void revertAllLeavesOnlyLiquibaseTables() throws SQLException {
        assertThat(migrations.revertAll(dataSource)).containsExactlyElementsOf(STEPS.subList(0, 8).reversed());

        assertThat(tables()).isEqualTo(LIQUIBASE_TABLES);
        assertThat(migrations.status(dataSource).applied()).isEmpty();
        assertThat(migrations.revert(dataSource)).isEmpty();
    }

    @Test
    @Order(6)
    void migrateUpAgainRestoresTheSchema() throws SQLException {
        assertThat(migrations.migrate(dataSource)).isEqualTo(STEPS.size());

        assertThat(tables()).containsAll(SCHEMA_TABLES);
        assertThat(migrations.status(dataSource).upToDate()).isTrue();
    }
}
