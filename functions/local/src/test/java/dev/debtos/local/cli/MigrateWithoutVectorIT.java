package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code debt-os migrate} on a database without pgvector: one line naming the extension and the fix, exit 1. */
class MigrateWithoutVectorIT {
    private static final String ADMIN_URL = System.getenv().getOrDefault("DEBT_OS_TEST_ADMIN_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    @Test
    void aDatabaseWithoutTheVectorExtensionIsOneLineNamingItAndTheFix() throws Exception {
        String name = "migrate_novector_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String user = System.getenv().getOrDefault("DEBT_OS_TEST_DB_USER", "debt_os");
        String password = System.getenv().getOrDefault("DEBT_OS_TEST_DB_PASSWORD", "debt_os");
        try (Connection admin = DriverManager.getConnection(ADMIN_URL); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER \"" + user + "\"");
        }
        try {
            String server = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/'));
            var run = CliProcess.run(Map.of("DATABASE_URL", server + "/" + name, "DB_USERNAME", user, "DB_PASSWORD", password,
                    "DEBT_OS_PROFILE", "local"), "migrate");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip()).as(run.err()).doesNotContain("\n").doesNotContain("Exception").contains("vector")
                    .contains("CREATE EXTENSION vector");
        } finally {
            try (Connection admin = DriverManager.getConnection(ADMIN_URL); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
