package dev.debtos.worker;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.worker.checkout.WorkspacePreparer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * A worker process for the crash tests: runs one scan (database from DATABASE_URL / DB_*), and when the scan
 * reaches the given stage (default the engine's rules stage; {@code ledger} is inside the ledger transaction) writes
 * the marker file and waits to be killed.
 * Arguments: scan id, lease in milliseconds, marker file, optionally the stage.
 */
public final class PausingWorkerMain {
    private PausingWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        UUID scanId = UUID.fromString(args[0]);
        Duration lease = Duration.ofMillis(Long.parseLong(args[1]));
        Path marker = Path.of(args[2]);
        String pauseAt = args.length > 3 ? args[3] : "rules";
        AppConfig config = AppConfig.fromEnvironment();
        StageHook pauseAtRules = stage -> {
            if (stage.equals(pauseAt)) {
                Files.writeString(marker, pauseAt);
                Thread.sleep(Duration.ofMinutes(10));
            }
        };
        try (var dataSource = Database.pooled(config.database(), 2)) {
            new ScanPipeline(ScanPorts.of(dataSource, WorkspacePreparer.defaults(config.profile()), ScanAnalyzer.engine(),
                    new LeaseTerms("crashing-worker", lease)).withHook(pauseAtRules)).run(scanId, 1);
        }
    }
}
