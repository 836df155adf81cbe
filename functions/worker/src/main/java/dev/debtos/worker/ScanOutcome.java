package dev.debtos.worker;

/** How one delivery of a scan message ended; every outcome acknowledges the message. */
public enum ScanOutcome {
    /** This delivery ran the scan and committed its results. */
    COMPLETED,
    /** The scan was already completed, failed or cancelled: a duplicate or late delivery, nothing done. */
    ALREADY_FINISHED,
    /** The scan was cancelled while it ran; nothing of it was written. */
    CANCELLED,
    /** The scan cannot succeed (unknown scan, unsupported repository) or failed its last attempt: marked failed. */
    FAILED
}
