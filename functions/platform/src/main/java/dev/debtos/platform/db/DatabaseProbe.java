package dev.debtos.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/** Whether PostgreSQL answers: one {@code SELECT 1} through a data source, timed. */
public final class DatabaseProbe {
    private final DataSource dataSource;
    private final int timeoutSeconds;

    /** @param timeoutSeconds how long the statement may take before the driver gives up */
    public DatabaseProbe(DataSource dataSource, int timeoutSeconds) {
        this.dataSource = dataSource;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The round trip's duration; throws when the database does not answer in time. */
    public Duration selectOne() throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            statement.execute("SELECT 1");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
