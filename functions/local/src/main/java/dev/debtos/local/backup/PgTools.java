package dev.debtos.local.backup;

import dev.debtos.platform.config.DatabaseSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs PostgreSQL's own client programs ({@code pg_dump}, {@code pg_restore}) against the configured database. The
 * connection goes in through libpq's environment ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER},
 * {@code PGPASSWORD}, {@code PGSSLMODE}), never on the command line, where {@code ps} would show the password.
 */
final class PgTools {
    private final DatabaseSettings settings;

    PgTools(DatabaseSettings settings) {
        if (settings.iamAuth() || settings.usesAwsWrapper()) {
            throw new BackupException("backups of an IAM-authenticated (RDS Proxy) database are RDS automated backups; "
                    + "see the README's operations section");
        }
        this.settings = settings;
    }

    /** The database name, for messages and file names. */
    String database() {
        return location().getPath().substring(1);
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs {@code program args...}; a program that cannot be started is a {@link BackupException} naming it. */
    Result run(String program, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment());
        Path out = Files.createTempFile("debt-os-pg", ".out");
        Path err = Files.createTempFile("debt-os-pg", ".err");
        try {
            Process process;
            try {
                process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                throw new BackupException(program + " is not installed or not on PATH (Debian: apt-get install postgresql-client)");
            }
            if (!process.waitFor(6, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new BackupException(program + " did not finish within 6 hours");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The first line of a tool's error output, for a one-line failure (libpq never prints the password). */
    static String firstLine(String stderr) {
        return stderr.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("no message");
    }

    private Map<String, String> environment() {
        URI uri = location();
        Map<String, String> env = new HashMap<>();
        env.put("PGHOST", uri.getHost() == null ? "127.0.0.1" : uri.getHost());
        env.put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        env.put("PGDATABASE", database());
        env.put("PGUSER", settings.username());
        env.put("PGPASSWORD", settings.password().reveal());
        env.put("PGSSLMODE", settings.ssl() ? "require" : "prefer");
        env.put("PGCONNECT_TIMEOUT", "10");
        return env;
    }

    private URI location() {
        String url = settings.jdbcUrl();
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new BackupException("DATABASE_URL must be a postgresql:// URL for pg_dump and pg_restore");
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        if (uri.getPath() == null || uri.getPath().length() < 2) {
            throw new BackupException("DATABASE_URL names no database");
        }
        return uri;
    }
}
