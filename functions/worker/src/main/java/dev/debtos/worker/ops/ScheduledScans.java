package dev.debtos.worker.ops;

import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.schedule.InvalidScheduleException;
import dev.debtos.platform.schedule.Schedule;
import dev.debtos.platform.schedule.ScheduleStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The scheduler: every repository whose {@code settings.schedule} has a slot due gets one {@code schedule} scan of
 * its default branch through {@link ScanRequests}. A slot is due when no {@code schedule} scan of the repository was
 * created since the slot began, so running twice in a slot requests one scan; runs are serialised by a PostgreSQL
 * advisory lock (a concurrent run finds it taken and does nothing). {@code now} is the database's clock, the one
 * that stamps {@code created_at}. A repository with an active scan is left for the next run, so slots do not pile
 * up behind a slow scan. {@code autoScan: false} turns the schedule off too. A schedule that does not parse (stored
 * before validation existed) is skipped with a warning.
 */
public final class ScheduledScans {
    private static final Logger LOG = LogManager.getLogger(ScheduledScans.class);

    private final ScheduleStore store;
    private final ScanRequests requests;

    public ScheduledScans(ScheduleStore store, ScanRequests requests) {
        this.store = store;
        this.requests = requests;
    }

    /** The scans requested in this run (none when another run holds the lock). */
    public List<UUID> run() throws SQLException {
        Optional<List<UUID>> requested = store.exclusively(this::runLocked);
        if (requested.isEmpty()) {
            LOG.info("Scheduled scans: another run is in progress");
        }
        return requested.orElse(List.of());
    }

    private List<UUID> runLocked(Instant now) throws SQLException {
        List<UUID> requested = new ArrayList<>();
        for (ScheduleStore.Scheduled repository : store.scheduled()) {
            Schedule schedule;
            try {
                schedule = Schedule.parse(repository.schedule());
            } catch (InvalidScheduleException e) {
                LOG.warn("Repository {} has an invalid schedule, skipped: {}", repository.id(), e.getMessage());
                continue;
            }
            Instant slot = schedule.latestSlot(now).orElse(null);
            if (slot != null && !store.scannedOrBusySince(repository.id(), slot)) {
                ScanStore.Requested scan = requests.request(new ScanStore.NewScan(repository.id(), "schedule",
                        repository.defaultBranch(), null, null, null, "standard", null));
                requested.add(scan.scan().id());
            }
        }
        if (!requested.isEmpty()) {
            LOG.info("Scheduled scans: {} requested", requested.size());
        }
        return requested;
    }
}
