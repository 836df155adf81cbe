package dev.debtos.platform.db;

/** A migration command failed; the cause is Liquibase's (or the driver's) exception. */
public final class MigrationException extends RuntimeException {

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
