package dev.debtos.local.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code debt-os}: the one command-line entry point ({@code scripts/debt-os <command>}). Each subcommand is a
 * small class; errors are one line on stderr with a non-zero exit (2 for bad input, 1 for a failure).
 */
@Command(name = "debt-os", mixinStandardHelpOptions = true, version = "debt-os 0.1.0",
        description = "Find, rank and track technical debt.",
        subcommands = {AnalyzeCommand.class, MigrateCommand.class, RevertCommand.class, ConfigCommand.class,
                ServeCommand.class, ScanCommand.class, QueueStatusCommand.class, DlqRedriveCommand.class, RetentionCommand.class,
                BackupCommand.class, RestoreCommand.class})
public final class DebtOsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return new CommandLine(new DebtOsCommand())
                .setParameterExceptionHandler(OneLineErrors::onBadInput)
                .setExecutionExceptionHandler(OneLineErrors::onFailure)
                .execute(args);
    }
}
