package dev.debtos.local.backup;

import dev.debtos.platform.config.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One backup of the database: {@code pg_dump --format=custom} (compressed, restorable table by table, readable by
 * {@code pg_restore} of the same or a later major version) into {@code debt-os-<database>-<UTC timestamp>.dump} in the
 * backup directory. It is written under a {@code .partial} name and renamed when complete, so a crash never leaves a
 * file that looks like a backup; then {@link BackupRetention} prunes the directory.
 */
public final class DatabaseBackup {
    private final PgTools tools;
    private final Clock clock;

    public DatabaseBackup(DatabaseSettings settings, Clock clock) {
        this.tools = new PgTools(settings);
        this.clock = clock;
    }

    public record Made(Path file, long bytes, Duration took, List<Path> pruned) {
    }

    public Made backUp(Path directory, int keepDaily) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Instant started = clock.instant();
        Path file = directory.resolve(BackupRetention.fileName(tools.database(), started));
        Path partial = directory.resolve(file.getFileName() + ".partial");
        long t0 = System.nanoTime();
        PgTools.Result result = tools.run("pg_dump", List.of("--format=custom", "--compress=6", "--no-password",
                "--file=" + partial));
        if (result.exitCode() != 0) {
            Files.deleteIfExists(partial);
            throw new BackupException("pg_dump failed: " + PgTools.firstLine(result.stderr()));
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        List<Path> pruned = new BackupRetention(keepDaily).prune(directory, tools.database());
        return new Made(file, Files.size(file), took, pruned);
    }
}
