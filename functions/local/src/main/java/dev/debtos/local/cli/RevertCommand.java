package dev.debtos.local.cli;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code debt-os revert}: rolls back exactly one migration step, the last one applied (the guide's db:revert). */
@Command(name = "revert", description = "Roll back the last applied database migration (one step).")
final class RevertCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        AppConfig config = AppConfig.fromEnvironment();
        try (var dataSource = Database.single(config.database())) {
            var reverted = new Migrations().revert(dataSource);
            System.out.println(reverted.map(id -> "reverted " + id).orElse("nothing to revert: no migration is applied"));
            return 0;
        }
    }
}
