package dev.debtos.worker.ops;

import dev.debtos.platform.schedule.InvalidScheduleException;
import dev.debtos.platform.schedule.Schedule;
import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
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
    /** The advisory lock key of the scheduler ("DEBTSCHD"). */
    private static final long LOCK_KEY = 0x4445425453434844L;

    private final DataSource dataSource;
    private final ScanRequests requests;

    /** @param dataSource two connections at least: the run's lock is held on one while scans are requested */
    public ScheduledScans(DataSource dataSource, ScanRequests requests) {
        this.dataSource = dataSource;
        this.requests = requests;
    }

    /** The scans requested in this run (none when another run holds the lock). */
    public List<UUID> run() throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) {
                LOG.info("Scheduled scans: another run is in progress");
                return List.of();
            }
            try {
                return runLocked(now(lock));
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        }
    }

    private List<UUID> runLocked(Instant now) throws SQLException {
        List<UUID> requested = new ArrayList<>();
        for (Scheduled repository : scheduled()) {
            Schedule schedule;
            try {
                schedule = Schedule.parse(repository.schedule());
            } catch (InvalidScheduleException e) {
                LOG.warn("Repository {} has an invalid schedule, skipped: {}", repository.id(), e.getMessage());
                continue;
            }
            Instant slot = schedule.latestSlot(now).orElse(null);
            if (slot != null && !scannedOrBusySince(repository.id(), slot)) {
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

    private record Scheduled(UUID id, String schedule, String defaultBranch) {
    }

    private List<Scheduled> scheduled() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT id, settings ->> 'schedule', default_branch FROM repositories
                      WHERE jsonb_typeof(settings -> 'schedule') = 'string'
                        AND COALESCE(settings ->> 'autoScan', 'true') <> 'false'
                      ORDER BY id""");
             ResultSet rows = select.executeQuery()) {
            List<Scheduled> scheduled = new ArrayList<>();
            while (rows.next()) {
                scheduled.add(new Scheduled(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
            }
            return scheduled;
        }
    }

    /** A schedule scan was created since the slot began, or any scan of the repository is still active. */
    private boolean scannedOrBusySince(UUID repositoryId, Instant slot) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT EXISTS (SELECT 1 FROM scans WHERE repository_id = ? AND (
                            (trigger = 'schedule' AND created_at >= ?)
                         OR status IN ('queued', 'cloning', 'analyzing', 'llm', 'embedding')))""")) {
            select.setObject(1, repositoryId);
            select.setTimestamp(2, Timestamp.from(slot));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private static Instant now(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT now()"); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }
}
