package dev.debtos.local.cli;

import dev.debtos.local.backup.BackupException;
import dev.debtos.local.backup.DatabaseBackup;
import dev.debtos.platform.config.AppConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code debt-os backup}: one {@code pg_dump} of the configured database into the backup directory, then the
 * directory pruned to the operations guide's retention (the newest backup of each of the last 30 days with one).
 * Run it daily (cron: {@code 0 2 * * * scripts/debt-os backup --out /var/backups/debt-os}).
 */
@Command(name = "backup", description = "Back up the database (pg_dump custom format) and prune old backups.")
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "backups",
            description = "Directory for the backups (created if needed; default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--keep-daily", paramLabel = "N", defaultValue = "30",
            description = "Keep the newest backup of each of the last N days that have one (default ${DEFAULT-VALUE}).")
    int keepDaily;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (keepDaily < 1 || keepDaily > 3650) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keep-daily must be from 1 to 3650");
        }
        AppConfig config = AppConfig.fromEnvironment();
        DatabaseBackup.Made made;
        try {
            made = new DatabaseBackup(config.database(), Clock.systemUTC()).backUp(out, keepDaily);
        } catch (BackupException e) {
            throw new CommandFailure(e.getMessage(), OneLineErrors.FAILURE);
        }
        System.out.printf(Locale.ROOT, "backup %s: %s in %.1f s; %d older backup(s) pruned, keeping %d day(s)%n",
                made.file().toAbsolutePath(), size(made.bytes()), made.took().toMillis() / 1000.0, made.pruned().size(), keepDaily);
        return 0;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
