package dev.debtos.engine.analysis;

/**
 * Measurements of earlier analyses, by path and git blob id: an incremental scan re-measures only files whose
 * content changed. Files are still read and lexed (duplication needs every file's tokens); only measuring, SATD
 * and import extraction are skipped for a hit. Called from the measuring threads: implementations must be
 * thread-safe.
 */
public interface MeasurementCache {
    /** No reuse and no blob ids computed: a plain analysis. */
    MeasurementCache NONE = (path, blobId) -> null;

    /** The measurements of exactly this path and blob, or null. */
    FileMeasurements find(String path, String blobId);

    /** Told of every measured file, reused or not, with its blob id. */
    default void measured(String path, String blobId, FileMeasurements measurements) {
    }
}
