package dev.debtos.local.cli;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.MigrationStatus;
import dev.debtos.platform.db.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code debt-os migrate}: applies pending migrations to the configured database (or, with --status, lists them). */
@Command(name = "migrate", description = {"Apply every pending database migration (DATABASE_URL or DB_* variables).",
        "With --deployed <env>: run the deployed environment's schema migration function (AWS credentials and region"
                + " from the usual AWS variables or profile)."})
final class MigrateCommand implements Callable<Integer> {

    @Option(names = "--status", description = "Only show applied and pending migrations.")
    boolean statusOnly;

    @Option(names = "--deployed", paramLabel = "<env>",
            description = "Invoke debt-os-<env>-migrate in AWS instead of migrating a local database.")
    String deployed;

    @Override
    public Integer call() throws java.sql.SQLException {
        if (deployed != null) {
            if (statusOnly) {
                throw new CommandFailure("--status and --deployed cannot be combined", OneLineErrors.BAD_INPUT);
            }
            String function = DeployedMigration.functionName(deployed);
            try (var lambda = software.amazon.awssdk.services.lambda.LambdaClient.create()) {
                return new DeployedMigration(lambda).run(deployed, System.out);
            } catch (software.amazon.awssdk.core.exception.SdkException e) {
                throw new CommandFailure("cannot reach AWS Lambda for " + function + ": " + e.getMessage(), OneLineErrors.FAILURE);
            }
        }
        AppConfig config = AppConfig.fromEnvironment();
        Migrations migrations = new Migrations();
        try (var dataSource = Database.single(config.database())) {
            MigrationStatus before = migrations.status(dataSource);
            if (!statusOnly && !before.pending().isEmpty()) {
                VectorExtension.require(dataSource);
            }
            if (statusOnly) {
                before.applied().forEach(id -> System.out.println("applied  " + id));
                before.pending().forEach(id -> System.out.println("pending  " + id));
                return 0;
            }
            int applied = migrations.migrate(dataSource);
            before.pending().stream().limit(applied).forEach(id -> System.out.println("applied  " + id));
            MigrationStatus after = migrations.status(dataSource);
            System.out.printf("database is up to date: %d step(s) applied now, %d in total%n", applied, after.applied().size());
            return 0;
        }
    }
}
