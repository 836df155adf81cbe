package dev.debtos.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.config.DatabaseSettings;

import java.util.Map;

/**
 * Data sources for PostgreSQL from {@link DatabaseSettings}. Both accept {@code jdbc:postgresql://} and
 * {@code jdbc:aws-wrapper:postgresql://} URLs and register pgvector's type on every connection. How
 * statements stay clear of RDS Proxy pinning is described in {@code package-info.java}.
 */
public final class Database {
    private static final long POOL_CONNECTION_TIMEOUT_MILLIS = 10_000;

    private Database() {
    }

    /** A small HikariCP pool, for the local runtime and the CLI, keeping one idle connection. Close it on shutdown. */
    public static HikariDataSource pooled(DatabaseSettings settings, int maxSize) {
        return pooled(settings, maxSize, 1);
    }

    /**
     * A small HikariCP pool keeping {@code minIdle} connections open while idle (the local API keeps as many as the
     * dashboard's first page asks for at once, so a page opened after a quiet hour does not wait for new connections).
     */
    public static HikariDataSource pooled(DatabaseSettings settings, int maxSize, int minIdle) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, was " + maxSize);
        }
        if (minIdle < 0 || minIdle > maxSize) {
            throw new IllegalArgumentException("idle connections must be between 0 and the pool size, was " + minIdle);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("debt-os");
        config.setDataSource(new UnpooledDataSource(settings, System.getenv()));
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(minIdle);
        config.setConnectionTimeout(POOL_CONNECTION_TIMEOUT_MILLIS);
        // Start even while PostgreSQL is down (the local API then answers 503 on data routes); the first
        // borrow reports the failure instead.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** One lazily opened, validated and reused connection, for a Lambda container behind RDS Proxy. */
    public static SingleConnectionDataSource single(DatabaseSettings settings) {
        return single(settings, System.getenv());
    }

    static SingleConnectionDataSource single(DatabaseSettings settings, Map<String, String> environment) {
        return new SingleConnectionDataSource(new UnpooledDataSource(settings, environment));
    }
}
