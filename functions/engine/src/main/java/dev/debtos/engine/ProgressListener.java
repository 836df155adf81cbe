package dev.debtos.engine;

/** Reports progress of a long operation: the CLI draws a bar from it, the worker stores it on the scan. */
@FunctionalInterface
public interface ProgressListener {

    void update(String stage, long done, long total);

    ProgressListener NONE = (stage, done, total) -> {
    };
}
