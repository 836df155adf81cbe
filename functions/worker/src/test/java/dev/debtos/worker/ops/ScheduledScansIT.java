package dev.debtos.worker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.schedule.ScheduleStore;
import dev.debtos.worker.RecordingQueue;
import dev.debtos.worker.ScanFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler against a real database: one scan per due slot, idempotent, and only where it should. */
class ScheduledScansIT {
    private static ScanFixture fixture;

    @TempDir
    Path dir;

    private final RecordingQueue queue = new RecordingQueue();
    private ScheduledScans scheduler;

    @BeforeAll
    static void create() throws Exception {
        fixture = ScanFixture.create();
    }

    @AfterAll
    static void drop() throws Exception {
        fixture.close();
    }

    private ScheduledScans scheduler() {
        if (scheduler == null) {
            scheduler = new ScheduledScans(new ScheduleStore(fixture.dataSource), new ScanRequests(fixture.scans, queue));
        }
        return scheduler;
    }

    private UUID repository(String name, String settings) throws Exception {
        Path path = Files.createDirectories(dir.resolve(name));
        UUID id = fixture.repositories.localRepository(path).id();
        fixture.update("UPDATE repositories SET settings = ?::jsonb WHERE id = ?", settings, id);
        return id;
    }

    @Test
    void aDueRepositoryGetsOneScheduleScanPerSlot() throws Exception {
        UUID repository = repository("hourly", "{\"schedule\":\"hourly\"}");

        List<UUID> first = scheduler().run();
        List<UUID> again = scheduler().run();

        List<Scan> scans = scans(repository);
        assertThat(scans).hasSize(1);
        Scan scan = scans.getFirst();
        assertThat(first).contains(scan.id());
        assertThat(again).doesNotContain(scan.id());
        assertThat(scan.trigger()).isEqualTo("schedule");
        assertThat(scan.branch()).isEqualTo("main");
        assertThat(scan.status()).isEqualTo(ScanStatus.QUEUED);
        assertThat(queue.sent).containsOnlyOnce(new ScanMessage(scan.id()));

        // the scan finished, and its slot is over: the next slot schedules again
        fixture.scans.cancel(scan.id());
        fixture.update("UPDATE scans SET created_at = created_at - interval '1 hour' WHERE id = ?", scan.id());
        assertThat(scheduler().run()).hasSize(1).doesNotContain(scan.id());
        assertThat(scans(repository)).hasSize(2);
    }

    @Test
    void aRepositoryWithAnActiveScanWaitsForIt() throws Exception {
        UUID repository = repository("busy", "{\"schedule\":\"* * * * *\"}");
        Scan manual = fixture.scans.createQueued(repository, "manual", "main", null);

        scheduler().run();
        assertThat(scans(repository)).extracting(Scan::id).containsExactly(manual.id());

        fixture.scans.cancel(manual.id());
        scheduler().run();
        assertThat(scans(repository)).extracting(Scan::trigger).containsExactlyInAnyOrder("manual", "schedule");
    }

    @Test
    void noScheduleAutoScanOffAndAnInvalidScheduleScheduleNothingAndStopNothing() throws Exception {
        UUID none = repository("none", "{}");
        UUID nullSchedule = repository("null", "{\"schedule\":null}");
        UUID off = repository("off", "{\"schedule\":\"hourly\",\"autoScan\":false}");
        UUID invalid = repository("invalid", "{\"schedule\":\"every tuesday\"}");
        UUID valid = repository("valid", "{\"schedule\":\"daily\"}");

        scheduler().run();

        for (UUID repository : List.of(none, nullSchedule, off, invalid)) {
            assertThat(scans(repository)).isEmpty();
        }
        assertThat(scans(valid)).hasSize(1);
    }

    @Test
    void aRunWhileAnotherHoldsTheLockDoesNothing() throws Exception {
        UUID repository = repository("locked", "{\"schedule\":\"hourly\"}");
        try (Connection other = fixture.dataSource.getConnection();
             PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, 0x4445425453434844L);
            lock.executeQuery().close();

            assertThat(scheduler().run()).isEmpty();
            assertThat(scans(repository)).isEmpty();

            try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, 0x4445425453434844L);
                unlock.executeQuery().close();
            }
        }
        assertThat(scheduler().run()).isNotEmpty();
        assertThat(scans(repository)).hasSize(1);
    }

    @Test
    void theHandlerRunsOnTheSampleScheduledEvent() throws Exception {
        UUID repository = repository("handled", "{\"schedule\":\"weekly\"}");
        ScheduledScansHandler handler = new ScheduledScansHandler(scheduler());

        var answer = handler.handleRequest(ScheduledEvents.load(), null);

        assertThat((Integer) answer.get("requested")).isPositive();
        assertThat(scans(repository)).hasSize(1);
    }

    private static List<Scan> scans(UUID repositoryId) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = fixture.dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM scans WHERE repository_id = ? ORDER BY created_at")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        List<Scan> scans = new ArrayList<>();
        for (UUID id : ids) {
            scans.add(fixture.scans.find(id).orElseThrow());
        }
        return scans;
    }
}
