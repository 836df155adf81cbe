package dev.debtos.platform.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Finds active scans that nobody is running and decides their fate, for the expired-lease reaper:
 * <ul>
 *   <li>leased by a worker whose lease expired (the worker died: no heartbeat any more);</li>
 *   <li>never picked up: queued and unleased for longer than {@code grace} (the trigger died between the INSERT and
 *       the send, or the message was lost), or given back after a failed attempt and not retried within it;</li>
 *   <li>re-queued by an earlier run of the reaper and still not picked up after {@code grace}.</li>
 * </ul>
 * A stuck scan past the attempt limit is marked failed with its last reason; any other is marked re-queued (the
 * lease owner {@link #REQUEUED} with an already expired lease, which any worker may claim, and whose expiry records
 * when it was re-queued so the next run waits {@code grace} before sending again) and returned for a new message.
 */
public final class StuckScans {
    /** The placeholder lease owner of a re-queued scan; never a worker's name. */
    public static final String REQUEUED = "reaper:requeued";
    private static final String ACTIVE = ScanStatus.ACTIVE_SQL;
    private static final String STUCK_WHERE = """
             WHERE status IN %s AND (
                   (lease_owner IS NULL AND COALESCE(started_at, created_at) < now() - make_interval(secs => ?))
                OR (lease_owner = '%s' AND lease_expires_at < now() - make_interval(secs => ?))
                OR (lease_owner <> '%s' AND lease_expires_at < now()))""".formatted(ACTIVE, REQUEUED, REQUEUED);
    private static final String STUCK = "SELECT id FROM scans " + STUCK_WHERE + " ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED";

    private final DataSource dataSource;

    public StuckScans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What one reaper pass did: scans to send a new message for, and scans it gave up on. */
    public record Reaped(List<UUID> requeued, List<UUID> failed) {
    }

    public Reaped reap(Duration grace, int maxAttempts) throws SQLException {
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            try {
                List<UUID> failed = ids(transaction, """
                        WITH stuck AS (%s)
                        UPDATE scans s SET status = 'failed', lease_owner = NULL, lease_expires_at = NULL,
                               finished_at = GREATEST(now(), s.started_at),
                               error = left('gave up after ' || s.attempt || ' attempts: '
                                       || COALESCE(s.error, 'the worker stopped responding (lease expired)'), 2000)
                          FROM stuck WHERE s.id = stuck.id AND s.attempt >= ?
                        RETURNING s.id""".formatted(STUCK), grace, maxAttempts);
                List<UUID> requeued = ids(transaction, """
                        WITH stuck AS (%s)
                        UPDATE scans s SET lease_owner = '%s', lease_expires_at = now() - interval '1 millisecond'
                          FROM stuck WHERE s.id = stuck.id AND s.attempt < ?
                        RETURNING s.id""".formatted(STUCK, REQUEUED), grace, maxAttempts);
                transaction.commit();
                return new Reaped(requeued, failed);
            } catch (SQLException | RuntimeException e) {
                transaction.rollback();
                throw e;
            } finally {
                transaction.setAutoCommit(true);
            }
        }
    }

    /** How many scans the reaper would act on now (queue-status), changing nothing. */
    public long count(Duration grace) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM scans " + STUCK_WHERE)) {
            select.setDouble(1, grace.toMillis() / 1000.0);
            select.setDouble(2, grace.toMillis() / 1000.0);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<UUID> ids(Connection transaction, String sql, Duration grace, int maxAttempts) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(sql)) {
            update.setDouble(1, grace.toMillis() / 1000.0);
            update.setDouble(2, grace.toMillis() / 1000.0);
            update.setInt(3, maxAttempts);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }
}
