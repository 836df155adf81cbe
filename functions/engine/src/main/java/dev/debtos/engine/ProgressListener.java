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
}
