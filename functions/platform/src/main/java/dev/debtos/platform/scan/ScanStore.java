package dev.debtos.platform.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The scans table and its state machine. A worker runs a scan only while it holds the scan's lease
 * (lease_owner, lease_expires_at); every later write is conditional on that lease and on the scan still being
 * active, so a second consumer, a cancelled scan or a scan already completed by an earlier delivery turns the write
 * into a no-op the caller can see (false / 0 rows).
 */
public final class ScanStore {
    private static final String ACTIVE = ScanStatus.ACTIVE_SQL;
    static final String COLUMNS = "id, repository_id, status, stage, progress, branch, commit_sha, attempt, error, stats::text,"
            + " trigger, depth, base_sha, pr_number, requested_by, created_at, started_at, finished_at";
    private static final int MAX_ERROR_CHARS = 2_000;
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * The id of the repository's latest completed scan that wrote the ledger (every completed scan but a pull-request
     * scan): the scan whose findings the ledger reflects. Ledger scans complete under the repository's row lock at
     * the statement's own clock ({@link #complete}), so the latest is also the last to write. One parameter: the
     * repository id.
     */
    public static final String LATEST_LEDGER_SCAN = """
            SELECT id FROM scans WHERE repository_id = ? AND status = 'completed' AND trigger <> 'webhook_pr'
             ORDER BY finished_at DESC, id DESC LIMIT 1""";

    private final DataSource dataSource;

    public ScanStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A queued scan of this repository and commit, or the active one that already exists (the unique index
     * uq_scans_one_active_per_commit; each pull request has a slot of its own): asking twice starts one scan. A null
     * commit is never deduplicated.
     */
    public Scan createQueued(UUID repositoryId, String trigger, String branch, String commitSha) throws SQLException {
        return createQueued(new NewScan(repositoryId, trigger, branch, commitSha, null, null, "standard", null)).scan();
    }

    /** As above, saying whether this call created the scan (and so must queue it) or found the active one. */
    public Requested createQueued(NewScan request) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO scans (repository_id, trigger, branch, commit_sha, base_sha, pr_number, depth, requested_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (repository_id, commit_sha, (COALESCE(pr_number, 0))) WHERE status IN %s DO NOTHING
                        RETURNING %s""".formatted(ACTIVE, COLUMNS))) {
                    insert.setObject(1, request.repositoryId());
                    insert.setString(2, request.trigger());
                    insert.setString(3, request.branch());
                    insert.setString(4, request.commitSha());
                    insert.setString(5, request.baseSha());
                    insert.setObject(6, request.prNumber());
                    insert.setString(7, request.depth());
                    insert.setObject(8, request.requestedBy());
                    try (ResultSet rows = insert.executeQuery()) {
                        if (rows.next()) {
                            return new Requested(scan(rows), true);
                        }
                    }
                }
                Optional<Scan> active = activeScan(connection, request.repositoryId(), request.commitSha(), request.prNumber());
                if (active.isPresent()) {
                    return new Requested(active.get(), false);
                }
                // the active scan finished between the INSERT and the SELECT: try again
            }
            throw new SQLException("could not create or find the active scan of " + request.repositoryId() + " at "
                    + request.commitSha());
        }
    }

    /** What a trigger asks for. {@code baseSha} and {@code prNumber} only for PR scans; depth quick|standard|full. */
    public record NewScan(UUID repositoryId, String trigger, String branch, String commitSha, String baseSha, Integer prNumber,
                          String depth, UUID requestedBy) {
    }

    /** The scan, and whether this request created it. */
    public record Requested(Scan scan, boolean created) {
    }

    public Optional<Scan> find(UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM scans WHERE id = ?")) {
            select.setObject(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(scan(rows)) : Optional.empty();
            }
        }
    }

    /**
     * Takes the lease of an active scan that nobody holds (or whose lease expired, or that this owner already
     * holds) and counts the attempt. Empty when the scan is final, unknown or leased by another live worker.
     */
    public Optional<Scan> claim(UUID scanId, String owner, Duration lease) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE scans SET lease_owner = ?, lease_expires_at = now() + make_interval(secs => ?),
                            attempt = LEAST(attempt + 1, 32767), started_at = COALESCE(started_at, now()), error = NULL
                      WHERE id = ? AND status IN %s
                        AND (lease_owner IS NULL OR lease_owner = ? OR lease_expires_at < now())
                     RETURNING %s""".formatted(ACTIVE, COLUMNS))) {
            update.setString(1, owner);
            update.setDouble(2, lease.toMillis() / 1000.0);
            update.setObject(3, scanId);
            update.setString(4, owner);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? Optional.of(scan(rows)) : Optional.empty();
            }
        }
    }

    /** Moves a leased scan to a status and stage with a progress (0-100), extending the lease; false when lost. */
    public boolean advance(UUID scanId, String owner, ScanStatus status, ScanStage stage, int progress, Duration lease)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE scans SET status = ?, stage = ?, progress = GREATEST(progress, ?),
                            lease_expires_at = now() + make_interval(secs => ?)
                      WHERE id = ? AND lease_owner = ? AND status IN %s""".formatted(ACTIVE))) {
            update.setString(1, status.key());
            update.setString(2, stage.key());
            update.setInt(3, Math.clamp(progress, 0, 100));
            update.setDouble(4, lease.toMillis() / 1000.0);
            update.setObject(5, scanId);
            update.setString(6, owner);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Records the commit a scan requested without one (a branch head) actually scanned, on the row of a scan this
     * owner runs. False when another active scan of the repository already has that commit (the
     * one-active-scan-per-commit index): the row then keeps no commit, and the completed scan's stats still name it.
     */
    public boolean recordCommit(UUID scanId, String owner, String commit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE scans SET commit_sha = ? WHERE id = ? AND lease_owner = ? AND commit_sha IS NULL")) {
            update.setString(1, commit);
            update.setObject(2, scanId);
            update.setString(3, owner);
            update.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            return false;
        }
    }

    /**
     * False when a later scan of the same pull request exists (a newer push), so an older scan finishing late does not
     * overwrite the newer result in the PR comment.
     */
    public boolean isNewestOfPullRequest(UUID scanId, UUID repositoryId, int prNumber) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT NOT EXISTS (SELECT 1 FROM scans later, scans this
                                         WHERE this.id = ? AND later.repository_id = ? AND later.pr_number = ?
                                           AND later.trigger = 'webhook_pr' AND later.status <> 'cancelled'
                                           AND (later.created_at, later.id) > (this.created_at, this.id))""")) {
            select.setObject(1, scanId);
            select.setObject(2, repositoryId);
            select.setInt(3, prNumber);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** Extends the lease of a scan this owner still runs (the heartbeat); false when it was lost, cancelled or finished. */
    public boolean heartbeat(UUID scanId, String owner, Duration lease) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE scans SET lease_expires_at = now() + make_interval(secs => ?)
                      WHERE id = ? AND lease_owner = ? AND status IN %s""".formatted(ACTIVE))) {
            update.setDouble(1, lease.toMillis() / 1000.0);
            update.setObject(2, scanId);
            update.setString(3, owner);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Completes a leased scan inside the caller's transaction (the one that wrote its results); false when the
     * lease was lost or the scan is no longer active (cancelled, or completed by an earlier delivery), and the
     * caller must then roll back. {@code finished_at} is the time of this statement, not of the transaction's start:
     * a transaction that waited for the repository's lock finishes after the one that held it.
     */
    public boolean complete(Connection transaction, UUID scanId, String owner, String statsJson) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement("""
                UPDATE scans SET status = 'completed', stage = NULL, progress = 100, stats = ?::jsonb,
                       finished_at = GREATEST(clock_timestamp(), started_at), lease_owner = NULL, lease_expires_at = NULL
                 WHERE id = ? AND lease_owner = ? AND status IN %s""".formatted(ACTIVE))) {
            update.setString(1, statsJson);
            update.setObject(2, scanId);
            update.setString(3, owner);
            return update.executeUpdate() == 1;
        }
    }

    /** Marks an active scan failed with its reason (no stack trace, capped); false when it was already final. */
    public boolean fail(UUID scanId, String reason) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE scans SET status = 'failed', error = ?, finished_at = GREATEST(now(), started_at),
                            lease_owner = NULL, lease_expires_at = NULL
                      WHERE id = ? AND status IN %s""".formatted(ACTIVE))) {
            update.setString(1, reason.length() > MAX_ERROR_CHARS ? reason.substring(0, MAX_ERROR_CHARS) : reason);
            update.setObject(2, scanId);
            return update.executeUpdate() == 1;
        }
    }

    /** Gives the lease back after a failed attempt that will be retried, recording why it failed. */
    public void release(UUID scanId, String owner, String reason) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE scans SET lease_owner = NULL, lease_expires_at = NULL, error = ?
                      WHERE id = ? AND lease_owner = ? AND status IN %s""".formatted(ACTIVE))) {
            update.setString(1, reason.length() > MAX_ERROR_CHARS ? reason.substring(0, MAX_ERROR_CHARS) : reason);
            update.setObject(2, scanId);
            update.setString(3, owner);
            update.executeUpdate();
        }
    }

    /** Cancels an active scan; the worker notices between stages. False when it was already final. */
    public boolean cancel(UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE scans SET status = 'cancelled', finished_at = GREATEST(now(), started_at),
                            lease_owner = NULL, lease_expires_at = NULL
                      WHERE id = ? AND status IN %s""".formatted(ACTIVE))) {
            update.setObject(1, scanId);
            return update.executeUpdate() == 1;
        }
    }

    private static Optional<Scan> activeScan(Connection connection, UUID repositoryId, String commitSha, Integer prNumber)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM scans WHERE repository_id = ? AND commit_sha = ? AND COALESCE(pr_number, 0) = ? AND status IN " + ACTIVE)) {
            select.setObject(1, repositoryId);
            select.setString(2, commitSha);
            select.setInt(3, prNumber == null ? 0 : prNumber);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(scan(rows)) : Optional.empty();
            }
        }
    }

    static Scan scan(ResultSet rows) throws SQLException {
        String stage = rows.getString(4);
        return new Scan(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), ScanStatus.fromKey(rows.getString(3)),
                stage == null ? null : ScanStage.fromKey(stage),
                rows.getInt(5), rows.getString(6), rows.getString(7), rows.getInt(8), rows.getString(9), rows.getString(10),
                rows.getString(11), rows.getString(12), rows.getString(13), (Integer) rows.getObject(14),
                rows.getObject(15, UUID.class), instant(rows, 16), instant(rows, 17), instant(rows, 18));
    }

    private static java.time.Instant instant(ResultSet rows, int column) throws SQLException {
        java.time.OffsetDateTime value = rows.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
