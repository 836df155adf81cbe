package dev.debtos.platform.schedule;

import dev.debtos.platform.scan.ScanStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What the scan scheduler reads: the repositories with a schedule, whether a repository's current slot is taken,
 * and one PostgreSQL advisory lock that serialises runs, with the database's clock (the one that stamps
 * {@code created_at}).
 */
public final class ScheduleStore {
    /** The advisory lock key of the scheduler ("DEBTSCHD"). */
    private static final long LOCK_KEY = 0x4445425453434844L;

    /** A repository with a schedule (as stored, unparsed) and its default branch. */
    public record Scheduled(UUID id, String schedule, String defaultBranch) {
    }

    /** A scheduler run, given the database's current time. */
    @FunctionalInterface
    public interface Run<T> {
        T run(Instant now) throws SQLException;
    }

    private final DataSource dataSource;

    /** @param dataSource two connections at least: the lock is held on one while a run uses another */
    public ScheduleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code run} under the scheduler's lock; empty when another run holds it. */
    public <T> Optional<T> exclusively(Run<T> run) throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(run.run(now(lock)));
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        }
    }

    /** Repositories whose settings hold a schedule and do not turn scanning off ({@code autoScan: false}). */
    public List<Scheduled> scheduled() throws SQLException {
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

    /** A schedule scan of the repository was created since {@code slot} began, or any scan of it is still active. */
    public boolean scannedOrBusySince(UUID repositoryId, Instant slot) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT EXISTS (SELECT 1 FROM scans WHERE repository_id = ? AND (
                            (trigger = 'schedule' AND created_at >= ?) OR status IN %s))""".formatted(ScanStatus.ACTIVE_SQL))) {
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
