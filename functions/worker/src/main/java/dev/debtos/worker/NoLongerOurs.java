package dev.debtos.worker;

/**
 * The scan stopped being this worker's between two steps: cancelled, finished by another delivery, or leased by
 * another worker. Nothing more of it is written; {@link ScanPipeline} finds out which and answers accordingly.
 */
final class NoLongerOurs extends Exception {
    NoLongerOurs() {
        super("the scan is no longer this worker's", null, false, false);
    }
}
