package dev.debtos.worker;

/** A scan that no retry can make succeed (its repository is gone or cannot be fetched here): it is marked failed. */
public final class ScanRejected extends Exception {
    public ScanRejected(String reason) {
        super(reason, null, false, false);
    }
}
