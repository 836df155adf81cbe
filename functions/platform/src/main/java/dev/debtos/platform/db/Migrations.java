package dev.debtos.platform.db;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.RanChangeSet;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Schema migrations with Liquibase ({@code db/changelog/db.changelog-master.xml}, one changeset per step).
 * {@link #migrate} applies what is pending, {@link #revert} undoes exactly one step (the last applied).
 * Liquibase's own output is kept out of the way: its java.util.logging loggers log warnings only and its
 * console messages go to that log. It never sees a URL or a password: it gets a ready connection.
 */
public final class Migrations {
    public static final String MASTER_CHANGELOG = "db/changelog/db.changelog-master.xml";

    /** Held so the level is not lost when java.util.logging drops an unreferenced logger. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private final String changelog;
    private final ResourceAccessor resources = new ClassLoaderResourceAccessor(Migrations.class.getClassLoader());

    public Migrations() {
        this(MASTER_CHANGELOG);
    }

    Migrations(String changelog) {
        this.changelog = changelog;
    }

    /**
     * Applies every pending step; returns how many were applied (0 when up to date). When the changelog table
     * already lists every step, Liquibase is not started at all ({@link AppliedChangelog}).
     */
    public int migrate(DataSource dataSource) {
        if (AppliedChangelog.of(changelog).allApplied(dataSource)) {
            return 0;
        }
        return inLiquibase(dataSource, "migrate", database -> {
            // Liquibase remembers per JVM that a database was up to date and then skips the update: a
            // revert since (here or from another process) makes that memory wrong.
            Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
            ChangeSetRecorder recorder = new ChangeSetRecorder();
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, recorder)
                    .execute();
            return recorder.ran.size();
        });
    }

    /** Rolls back the last applied step; returns its id, or empty when nothing is applied. */
    public Optional<String> revert(DataSource dataSource) {
        return rollBack(dataSource, 1).stream().findFirst();
    }

    /** Rolls back every applied step, newest first (tests, local resets); returns the ids rolled back. */
    public List<String> revertAll(DataSource dataSource) {
        return rollBack(dataSource, Integer.MAX_VALUE);
    }

    public MigrationStatus status(DataSource dataSource) {
        return inLiquibase(dataSource, "status", database -> {
            List<String> pending = new Liquibase(changelog, resources, database)
                    .listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                    .map(ChangeSet::getId).toList();
            return new MigrationStatus(appliedIds(database), pending);
        });
    }

    private List<String> rollBack(DataSource dataSource, int atMost) {
        return inLiquibase(dataSource, "revert", database -> {
            int count = Math.min(atMost, appliedIds(database).size());
            if (count == 0) {
                return List.of();
            }
            ChangeSetRecorder recorder = new ChangeSetRecorder();
            new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                    .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, recorder)
                    .execute();
            return List.copyOf(recorder.rolledBack);
        });
    }

    private static List<String> appliedIds(liquibase.database.Database database) throws Exception {
        return database.getRanChangeSetList().stream()
                .sorted(Comparator.comparing(RanChangeSet::getOrderExecuted))
                .map(RanChangeSet::getId).toList();
    }

    private <T> T inLiquibase(DataSource dataSource, String command, LiquibaseWork<T> work) {
        Map<String, Object> quietScope = Map.of(
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(), resources,
                "liquibase.analytics.enabled", false); // no usage reporting to liquibase.com
        try {
            return Scope.child(quietScope, () -> {
                liquibase.database.Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(dataSource.getConnection()));
                try {
                    return work.run(database);
                } finally {
                    database.close();
                }
            });
        } catch (Exception e) {
            throw new MigrationException(command + " failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface LiquibaseWork<T> {
        T run(liquibase.database.Database database) throws Exception;
    }
}
