package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.db.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged command line, run as a separate process the way scripts/debt-os runs it, against a database
 * created for this run: migrate, status, revert one step, migrate again; and one-line errors.
 */
class DebtOsCliIT {
    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    private static Map<String, String> databaseEnv() {
        return CliProcess.databaseEnv(database);
    }

    @Test
    void migrateRevertAndMigrateAgain() throws Exception {
        CliProcess.Run first = CliProcess.run(databaseEnv(), "migrate");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("applied  001-extensions").contains("step(s) applied now");
        int steps = (int) first.out().lines().filter(l -> l.startsWith("applied  ")).count();
        assertThat(steps).isGreaterThanOrEqualTo(9);

        CliProcess.Run revert = CliProcess.run(databaseEnv(), "revert");
        assertThat(revert.exitCode()).as(revert.err()).isZero();
        assertThat(revert.out()).startsWith("reverted ");
        String revertedId = revert.out().trim().substring("reverted ".length());

        CliProcess.Run status = CliProcess.run(databaseEnv(), "migrate", "--status");
        assertThat(status.out().lines().filter(l -> l.startsWith("pending  ")).toList()).containsExactly("pending  " + revertedId);

        CliProcess.Run again = CliProcess.run(databaseEnv(), "migrate");
        assertThat(again.out()).contains("applied  " + revertedId).contains("1 step(s) applied now, " + steps + " in total");
    }

    @Test
    void badInputGivesOneLineAndExitTwo() throws Exception {
        CliProcess.Run unknownOption = CliProcess.run(databaseEnv(), "migrate", "--frobnicate");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err().lines().toList()).hasSize(1).first().asString().startsWith("debt-os: Unknown option");

        CliProcess.Run badPort = CliProcess.run(Map.of("PORT", "http"), "config");
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.err().strip()).isEqualTo("debt-os: PORT must be an integer between 1 and 65535");
    }

    @Test
    void unreachableDatabaseGivesOneLineWithoutThePassword() throws Exception {
        CliProcess.Run down = CliProcess.run(Map.of("DATABASE_URL", "postgresql://debt_os:pw-never-shown-42@127.0.0.1:1/debt_os"), "migrate");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err().lines().filter(l -> l.startsWith("debt-os: ")).toList()).hasSize(1);
        assertThat(down.err()).doesNotContain("pw-never-shown-42").doesNotContain("\tat ");
    }
}
