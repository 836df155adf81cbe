package dev.debtos.worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Records the commit a scan requested without one (a branch head) actually scanned, on the scan row. When another
 * active scan of the same repository already has that commit (the one-active-scan-per-commit index), the row keeps
 * no commit and the completed scan's stats still name it.
 */
final class ResolvedCommits {
    private static final Logger LOG = LogManager.getLogger(ResolvedCommits.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    ResolvedCommits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void record(UUID scanId, String owner, String commit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE scans SET commit_sha = ? WHERE id = ? AND lease_owner = ? AND commit_sha IS NULL")) {
            update.setString(1, commit);
            update.setObject(2, scanId);
            update.setString(3, owner);
            update.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            LOG.info("Scanned commit not recorded on the scan: another active scan has it");
        }
    }
}
