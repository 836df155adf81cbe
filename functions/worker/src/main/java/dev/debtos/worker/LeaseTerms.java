package dev.debtos.worker;

import java.time.Duration;

/**
 * Who holds a scan's lease while this worker runs it, and for how long each claim or extension holds it.
 *
 * @param owner unique per worker process (created on first use, never during a SnapStart init)
 */
public record LeaseTerms(String owner, Duration duration) {
    /**
     * The deployed lease: 90 s, extended every 30 s by the heartbeat. A worker that dies (SIGKILL, a Lambda timeout, a
     * lost host) stops extending it, so its scan is free 60 to 90 s later and the reaper, every minute, re-queues it:
     * recovered within about 2.5 minutes, half the operations guide's 5-minute RTO. Shorter would gain little and
     * turn a 30-second database blip into a lost lease (the scan then retries; nothing is committed twice).
     */
    public static final Duration DEPLOYED = Duration.ofSeconds(90);
}
