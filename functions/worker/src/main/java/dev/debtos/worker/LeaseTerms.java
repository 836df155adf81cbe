package dev.debtos.worker;

import java.time.Duration;

/**
 * Who holds a scan's lease while this worker runs it, and for how long each claim or extension holds it.
 *
 * @param owner unique per worker process (created on first use, never during a SnapStart init)
 */
public record LeaseTerms(String owner, Duration duration) {
}
