package dev.debtos.worker;

/** Another worker holds the scan's lease (or took it over): this delivery must be retried later, not acknowledged. */
final class LeaseLost extends Exception {
    LeaseLost(String message) {
        super(message, null, false, false);
    }
}
