package dev.debtos.local.cli;

import dev.debtos.platform.config.ConfigException;
import dev.debtos.platform.logging.Redactor;
import java.sql.SQLException;
import picocli.CommandLine;

/** Turns every error into one masked line on stderr and an exit code: 2 for bad input, 1 for failures. */
final class OneLineErrors {
    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    private OneLineErrors() {
    }

    static int onBadInput(CommandLine.ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("debt-os: " + Redactor.mask(e.getMessage()) + " (see debt-os --help)");
        return BAD_INPUT;
    }

    static int onFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String line;
        int code = FAILURE;
        Throwable cause = rootSqlCause(e);
        if (e instanceof ConfigException config) {
            line = config.getMessage();
            code = BAD_INPUT;
        } else if (e instanceof CommandFailure failure) {
            line = failure.getMessage();
            code = failure.exitCode();
        } else if (cause instanceof SQLException sql) {
            line = "database error: " + firstLine(sql.getMessage());
        } else {
            line = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        }
        commandLine.getErr().println("debt-os: " + Redactor.mask(line));
        return code;
    }

    private static Throwable rootSqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return t;
            }
        }
        return e;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
