package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command line as its own process, the way scripts/debt-os does, and captures what it printed. */
final class CliProcess {
    static final Path JAR = Path.of("target", "debt-os-local.jar");

    record Run(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    /** The variables that point the command line at a test database. */
    static Map<String, String> databaseEnv(dev.debtos.platform.db.TestDatabase database) {
        var settings = database.settings();
        return Map.of("DATABASE_URL", settings.jdbcUrl(), "DB_USERNAME", settings.username(),
                "DB_PASSWORD", settings.password().reveal(), "DEBT_OS_PROFILE", "local");
    }

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("failsafe runs after package").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddebtos.log.target=SYSTEM_ERR", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("DATABASE_") || k.equals("PORT"));
        // a developer's own model keys must never make a test call a real provider
        builder.environment().keySet().removeIf(k -> k.startsWith("OPENAI_") || k.startsWith("ANTHROPIC_") || k.startsWith("LLM_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command finishes").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
