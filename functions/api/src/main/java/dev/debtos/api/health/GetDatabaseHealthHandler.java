package dev.debtos.api.health;

import dev.debtos.platform.db.DatabaseProbe;
import javax.sql.DataSource;

/**
 * {@code GET /api/health/db}: one {@code SELECT 1} through the function's data source (opened lazily on first use,
 * so a SnapStart snapshot holds no socket). Probes are serialised: the Lambda data source lends one connection.
 */
public final class GetDatabaseHealthHandler extends DependencyHealthHandler {
    static final int QUERY_TIMEOUT_SECONDS = 2;

    public GetDatabaseHealthHandler(DataSource dataSource) {
        this(serialised(new DatabaseProbe(dataSource, QUERY_TIMEOUT_SECONDS), dataSource));
    }

    /** For tests: any probe in place of a real data source. */
    GetDatabaseHealthHandler(DependencyProbe probe) {
        super("PostgreSQL", probe);
    }

    private static DependencyProbe serialised(DatabaseProbe database, DataSource lender) {
        return () -> {
            synchronized (lender) {
                return database.selectOne();
            }
        };
    }
}
