package dev.debtos.local.cli;

/** A failure a command explains itself in one line (no stack trace), with its exit code. */
final class CommandFailure extends RuntimeException {
    private final int exitCode;

    CommandFailure(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
