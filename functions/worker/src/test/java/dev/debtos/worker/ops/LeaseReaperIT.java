package dev.debtos.worker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.StuckScans;
import dev.debtos.worker.RecordingQueue;
import dev.debtos.worker.ScanFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expired-lease reaper against a real database: which scans it re-queues, which it fails, which it leaves. */
class LeaseReaperIT {
    private static final Duration LONG_GRACE = Duration.ofHours(1);
    private static ScanFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void create() throws Exception {
        fixture = ScanFixture.create();
    }

    @AfterAll
    static void drop() throws Exception {
        fixture.close();
    }

    @Test
    void aScanWhoseWorkerDiedIsRequeuedOnceAndClaimableAtOnce() throws Exception {
        Scan scan = fixture.queue(ScanFixture.gitRepository(dir.resolve("shop")));
        fixture.scans.claim(scan.id(), "dead-worker", Duration.ofMinutes(5));
        fixture.update("UPDATE scans SET status = 'analyzing', lease_expires_at = now() - interval '1 second' WHERE id = ?", scan.id());
        RecordingQueue queue = new RecordingQueue();
        LeaseReaper reaper = new LeaseReaper(new StuckScans(fixture.dataSource), queue, LONG_GRACE);

        StuckScans.Reaped first = reaper.run();
        StuckScans.Reaped second = reaper.run();

        assertThat(first.requeued()).containsExactly(scan.id());
        assertThat(second.requeued()).isEmpty();
        assertThat(queue.sent).containsExactly(new ScanMessage(scan.id()));
        assertThat(fixture.scans.claim(scan.id(), "new-worker", Duration.ofMinutes(5))).isPresent();
    }

    @Test
    void aLiveLeaseAndAFreshQueuedScanAreLeftAlone() throws Exception {
        Scan leased = fixture.queue(ScanFixture.gitRepository(dir.resolve("leased")));
        fixture.scans.claim(leased.id(), "live-worker", Duration.ofMinutes(5));
        Scan fresh = fixture.queue(ScanFixture.gitRepository(dir.resolve("fresh")));
        RecordingQueue queue = new RecordingQueue();

        StuckScans.Reaped reaped = new LeaseReaper(new StuckScans(fixture.dataSource), queue, LONG_GRACE).run();

        assertThat(reaped.requeued()).doesNotContain(leased.id(), fresh.id());
        assertThat(reaped.failed()).doesNotContain(leased.id(), fresh.id());
        assertThat(fixture.scans.find(fresh.id()).orElseThrow().status()).isEqualTo(ScanStatus.QUEUED);
    }

    @Test
    void aQueuedScanWhoseMessageWasNeverSentIsSentAfterTheGraceAndAgainAfterAnother() throws Exception {
        Scan orphan = fixture.queue(ScanFixture.gitRepository(dir.resolve("orphan")));
        fixture.update("UPDATE scans SET created_at = now() - interval '2 hours' WHERE id = ?", orphan.id());
        RecordingQueue queue = new RecordingQueue();
        LeaseReaper reaper = new LeaseReaper(new StuckScans(fixture.dataSource), queue, LONG_GRACE);

        assertThat(reaper.run().requeued()).contains(orphan.id());
        assertThat(reaper.run().requeued()).doesNotContain(orphan.id());
        // an hour later, still nobody took it: sent again
        fixture.update("UPDATE scans SET lease_expires_at = now() - interval '61 minutes' WHERE id = ?", orphan.id());
        assertThat(reaper.run().requeued()).contains(orphan.id());
        assertThat(queue.sent.stream().filter(m -> m.scanId().equals(orphan.id())).count()).isEqualTo(2);
    }

    @Test
    void aScanPastTheAttemptLimitIsMarkedFailedWithItsLastReason() throws Exception {
        Scan scan = fixture.queue(ScanFixture.gitRepository(dir.resolve("doomed")));
        fixture.scans.claim(scan.id(), "dead-worker", Duration.ofMinutes(5));
        fixture.update("UPDATE scans SET attempt = 5, error = 'OutOfMemoryError', lease_expires_at = now() - interval '1 second'"
                + " WHERE id = ?", scan.id());
        RecordingQueue queue = new RecordingQueue();

        StuckScans.Reaped reaped = new LeaseReaper(new StuckScans(fixture.dataSource), queue, LONG_GRACE).run();

        assertThat(reaped.failed()).contains(scan.id());
        assertThat(queue.sent).doesNotContain(new ScanMessage(scan.id()));
        Scan failed = fixture.scans.find(scan.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(failed.error()).isEqualTo("gave up after 5 attempts: OutOfMemoryError");
    }

    @Test
    void theHandlerAnswersWhatItDid() throws Exception {
        Scan scan = fixture.queue(ScanFixture.gitRepository(dir.resolve("handled")));
        fixture.scans.claim(scan.id(), "dead-worker", Duration.ofMinutes(5));
        fixture.update("UPDATE scans SET lease_expires_at = now() - interval '1 second' WHERE id = ?", scan.id());
        LeaseReaperHandler handler = new LeaseReaperHandler(
                new LeaseReaper(new StuckScans(fixture.dataSource), new RecordingQueue(), LONG_GRACE));

        assertThat(handler.handleRequest(ScheduledEvents.load(), null)).containsEntry("requeued", 1).containsEntry("failed", 0);
    }
}
