package dev.debtos.platform.schedule;

/** A repository schedule that is neither hourly, daily, weekly nor a valid 5-field cron expression; says why. */
public final class InvalidScheduleException extends IllegalArgumentException {
    public InvalidScheduleException(String problem) {
        super(problem);
    }
}
