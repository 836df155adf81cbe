package dev.debtos.local.backup;

/** A backup or restore that cannot go on; the message is one line for the person at the terminal, never a secret. */
public final class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message, null, false, false);
    }
}
