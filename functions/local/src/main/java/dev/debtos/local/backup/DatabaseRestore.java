package dev.debtos.local.backup;

import dev.debtos.platform.config.DatabaseSettings;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Restores a {@link DatabaseBackup} into the configured database, then migrates it (a backup of an older release comes
 * up to this release's schema). The target must be empty (no table outside PostgreSQL's own schemas) unless
 * {@code force}, which drops the dump's objects before recreating them ({@code pg_restore --clean}). The restore is one
 * transaction: it applies whole or not at all.
 *
 * <p>Extensions are not restored: pgvector is not a trusted extension, so creating it needs a superuser, which the
 * application role is not. The target must already have it ({@code CREATE EXTENSION vector}, what
 * {@code scripts/setup} and the RDS bootstrap do), and the restore says so in one line when it does not. Owners and
 * grants are not restored either: the objects belong to the role restoring them.
 */
public final class DatabaseRestore {
    private final DatabaseSettings settings;
    private final PgTools tools;

    public DatabaseRestore(DatabaseSettings settings) {
        this.settings = settings;
        this.tools = new PgTools(settings);
    }

    public record Restored(String database, Duration took, int migrationsApplied, long debtItems, long events, long embeddings) {
    }

    public Restored restore(Path file, boolean force) throws IOException, InterruptedException, SQLException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BackupException(file + " is not a readable file");
        }
        long t0 = System.nanoTime();
        PgTools.Result listing = tools.run("pg_restore", List.of("--list", file.toString()));
        if (listing.exitCode() != 0) {
            throw new BackupException(file.getFileName() + " is not a pg_dump custom-format backup: "
                    + PgTools.firstLine(listing.stderr()));
        }
        try (var dataSource = Database.single(settings); Connection connection = dataSource.getConnection()) {
            if (!hasVector(connection)) {
                throw new BackupException("the database " + tools.database() + " lacks the vector extension; as a superuser run: "
                        + "CREATE EXTENSION vector; (scripts/setup does this for the local databases)");
            }
            long tables = tables(connection);
            if (tables > 0 && !force) {
                throw new BackupException("the database " + tools.database() + " is not empty (" + tables
                        + " tables); restore into an empty database, or pass --force to replace what the backup holds");
            }
        }
        Path entries = Files.createTempFile("debt-os-restore", ".list");
        try {
            Files.writeString(entries, withoutExtensions(listing.stdout()), StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of("--no-owner", "--no-privileges", "--exit-on-error",
                    "--single-transaction", "--no-password", "--use-list=" + entries, "--dbname=" + tools.database()));
            if (force) {
                args.addAll(List.of("--clean", "--if-exists"));
            }
            args.add(file.toString());
            PgTools.Result result = tools.run("pg_restore", args);
            if (result.exitCode() != 0) {
                throw new BackupException("pg_restore failed (nothing was restored): " + PgTools.firstLine(result.stderr()));
            }
        } finally {
            Files.deleteIfExists(entries);
        }
        try (var dataSource = Database.single(settings)) {
            int applied = new Migrations().migrate(dataSource);
            try (Connection connection = dataSource.getConnection()) {
                return new Restored(tools.database(), Duration.ofNanos(System.nanoTime() - t0), applied,
                        count(connection, "debt_items"), count(connection, "debt_item_events"), count(connection, "file_embeddings"));
            }
        }
    }

    /** The archive's table of contents without extension entries (and their comments), which need a superuser. */
    static String withoutExtensions(String listing) {
        return listing.lines().filter(line -> !line.matches("^\\d+;.*\\b(EXTENSION|COMMENT - EXTENSION)\\b.*"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static boolean hasVector(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'vector'")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    private static long tables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables"
                     + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
