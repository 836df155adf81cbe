package dev.debtos.worker;

/** A scan that no retry can make succeed (its repository is gone or cannot be fetched here): it is marked failed. */
final class ScanRejected extends Exception {
    ScanRejected(String reason) {
        super(reason, null, false, false);
    }
}
