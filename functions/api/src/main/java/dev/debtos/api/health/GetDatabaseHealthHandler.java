package dev.debtos.api.health;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * {@code GET /api/health/db}: one {@code SELECT 1} through the function's data source (opened lazily on first use,
 * so a SnapStart snapshot holds no socket). Probes are serialised: the Lambda data source lends one connection.
 */
public final class GetDatabaseHealthHandler extends DependencyHealthHandler {
    static final int QUERY_TIMEOUT_SECONDS = 2;

    public GetDatabaseHealthHandler(DataSource dataSource) {
        super("PostgreSQL", () -> selectOne(dataSource));
    }

    /** For tests: any probe in place of a real data source. */
    GetDatabaseHealthHandler(DependencyProbe probe) {
        super("PostgreSQL", probe);
    }

    private static Duration selectOne(DataSource dataSource) throws Exception {
        synchronized (dataSource) {
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                statement.execute("SELECT 1");
            }
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }
}
