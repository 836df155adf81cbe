package dev.debtos.local.cli;

import dev.debtos.local.backup.BackupException;
import dev.debtos.local.backup.DatabaseRestore;
import dev.debtos.platform.config.AppConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code debt-os restore FILE}: a {@code debt-os backup} into the configured database, which must be empty unless
 * {@code --force}, then the pending migrations; prints what the restored ledger holds.
 */
@Command(name = "restore", description = "Restore a backup into an empty database (--force to replace), then migrate.")
final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A .dump file written by debt-os backup.")
    Path file;

    @Option(names = "--force", description = "Restore into a database that already has tables, replacing what the backup holds.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
            throw new CommandFailure(file + " is not a readable file", OneLineErrors.BAD_INPUT);
        }
        AppConfig config = AppConfig.fromEnvironment();
        DatabaseRestore.Restored restored;
        try {
            restored = new DatabaseRestore(config.database()).restore(file, force);
        } catch (BackupException e) {
            throw new CommandFailure(e.getMessage(), OneLineErrors.FAILURE);
        }
        System.out.printf(Locale.ROOT, "restored %s into %s in %.1f s: %d debt items, %d events, %d embeddings; %d migration(s) applied%n",
                file.getFileName(), restored.database(), restored.took().toMillis() / 1000.0, restored.debtItems(), restored.events(),
                restored.embeddings(), restored.migrationsApplied());
        return 0;
    }
}
