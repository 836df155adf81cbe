package dev.debtos.platform.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Gives a failed scan a fresh start (DLQ redrive): queued again, attempts, error, lease and progress cleared. */
public final class FailedScans {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public FailedScans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public enum Requeue {
        /** The scan was failed and is queued again. */
        REQUEUED,
        /** Not failed (unknown, active, completed or cancelled): left as it is. */
        NOT_FAILED,
        /** Another scan of the same repository and commit is active: this one stays failed. */
        DUPLICATE_ACTIVE
    }

    public Requeue requeue(UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE scans SET status = 'queued', stage = NULL, progress = 0, attempt = 0, error = NULL,
                            started_at = NULL, finished_at = NULL, lease_owner = NULL, lease_expires_at = NULL
                      WHERE id = ? AND status = 'failed'""")) {
            update.setObject(1, scanId);
            return update.executeUpdate() == 1 ? Requeue.REQUEUED : Requeue.NOT_FAILED;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Requeue.DUPLICATE_ACTIVE;
            }
            throw e;
        }
    }
}
