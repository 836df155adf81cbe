package dev.debtos.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Step 010 (provider 'local'): forward it allows local repositories; backward it refuses to drop their ledger. */
class LocalRepositoriesMigrationIT {
    private final Migrations migrations = new Migrations();
    private TestDatabase database;
    private HikariDataSource dataSource;
    private SchemaFixtures fixtures;

    @BeforeEach
    void migrate() throws SQLException {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        migrations.migrate(dataSource);
        fixtures = new SchemaFixtures(dataSource);
    }

    @AfterEach
    void drop() throws SQLException {
        dataSource.close();
        database.close();
    }

    @Test
    void revertRefusesWhileLocalRepositoriesExistAndSucceedsOnceTheyAreGone() throws SQLException {
        UUID owner = fixtures.user();
        String insertLocal = "INSERT INTO repositories (owner_id, provider, full_name, clone_url) "
                + "VALUES (?, 'local', 'local/tmp/shop', 'file:///tmp/shop/') RETURNING id";
        fixtures.insert(insertLocal, owner);
        List<String> later = MigrationsIT.STEPS.subList(MigrationsIT.STEPS.indexOf("010-local-repositories") + 1, MigrationsIT.STEPS.size());
        for (String step : later.reversed()) { // the steps after 010 revert freely
            assertThat(migrations.revert(dataSource)).contains(step);
        }

        assertThatThrownBy(() -> migrations.revert(dataSource)).isInstanceOf(MigrationException.class);
        assertThat(migrations.status(dataSource).pending()).containsExactlyElementsOf(later);

        fixtures.update("DELETE FROM repositories WHERE provider = 'local'");
        assertThat(migrations.revert(dataSource)).contains("010-local-repositories");
        assertThatThrownBy(() -> fixtures.insert(insertLocal, owner)).isInstanceOf(SQLException.class)
                .hasMessageContaining("repositories_provider_check");
    }
}
