package dev.debtos.engine;

/**
 * Told how far a long stage has come, so the CLI can draw a progress bar and a worker can log. Called on the
 * thread doing the work; implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores every update. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * @param stage short name of the stage, e.g. {@code "history"}
     * @param done  units finished so far
     * @param total units in the stage, or -1 when not known yet
     */
    void update(String stage, long done, long total);

    /**
     * How long one part of a stage took, e.g. one rule of the rules stage: wall time, and CPU time of the thread that
     * ran it (which, on a loaded machine, says more than wall time). Ignored unless the listener wants timings.
     *
     * @param stage the stage, e.g. {@code "rules"}
     * @param part  the part, e.g. a rule's key
     */
    default void timed(String stage, String part, long wallNanos, long cpuNanos) {
    }
}
