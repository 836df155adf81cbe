package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.db.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged command line, run as a separate process the way scripts/debt-os runs it, against a database
 * created for this run: migrate, status, revert one step, migrate again; and one-line errors.
 */
class DebtOsCliIT {
    private static final Path JAR = Path.of("target", "debt-os-local.jar");
    private static TestDatabase database;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void createDatabase() throws Exception {
        assertThat(JAR).as("failsafe runs after package").exists();
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    private static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddebtos.log.target=SYSTEM_ERR", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("DATABASE_") || k.equals("PORT"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static Map<String, String> databaseEnv() {
        var settings = database.settings();
        return Map.of("DATABASE_URL", settings.jdbcUrl(), "DB_USERNAME", settings.username(),
                "DB_PASSWORD", settings.password().reveal());
    }

    @Test
    void migrateRevertAndMigrateAgain() throws Exception {
        Run first = run(databaseEnv(), "migrate");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("applied  001-extensions").contains("step(s) applied now");
        int steps = (int) first.out().lines().filter(l -> l.startsWith("applied  ")).count();
        assertThat(steps).isGreaterThanOrEqualTo(9);

        Run revert = run(databaseEnv(), "revert");
        assertThat(revert.exitCode()).as(revert.err()).isZero();
        assertThat(revert.out()).startsWith("reverted ");
        String revertedId = revert.out().trim().substring("reverted ".length());

        Run status = run(databaseEnv(), "migrate", "--status");
        assertThat(status.out().lines().filter(l -> l.startsWith("pending  ")).toList()).containsExactly("pending  " + revertedId);

        Run again = run(databaseEnv(), "migrate");
        assertThat(again.out()).contains("applied  " + revertedId).contains("1 step(s) applied now, " + steps + " in total");
    }

    @Test
    void badInputGivesOneLineAndExitTwo() throws Exception {
        Run unknownOption = run(databaseEnv(), "migrate", "--frobnicate");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err().lines().toList()).hasSize(1).first().asString().startsWith("debt-os: Unknown option");

        Run badPort = run(Map.of("PORT", "http"), "config");
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.err().strip()).isEqualTo("debt-os: PORT must be an integer between 1 and 65535");
    }

    @Test
    void unreachableDatabaseGivesOneLineWithoutThePassword() throws Exception {
        Run down = run(Map.of("DATABASE_URL", "postgresql://debt_os:pw-never-shown-42@127.0.0.1:1/debt_os"), "migrate");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err().lines().filter(l -> l.startsWith("debt-os: ")).toList()).hasSize(1);
        assertThat(down.err()).doesNotContain("pw-never-shown-42").doesNotContain("\tat ");
    }
}
