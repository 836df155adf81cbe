package dev.debtos.api;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.lifecycle.OnFirstUse;
import dev.debtos.platform.queue.ScanQueue;
import dev.debtos.platform.queue.SqsScanQueue;
import dev.debtos.platform.redis.RedisConnection;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The clients every API function shares, built once per process from the configuration. None opens a socket
 * here: the data source connects on first use (so a SnapStart snapshot restores without dead sockets) and the
 * Redis client is not even built until a function asks for it ({@link OnFirstUse}).
 */
public record ApiDependencies(AppConfig config, DataSource database, OnFirstUse<RedisConnection> redis,
        OnFirstUse<ScanQueue> queue) implements AutoCloseable {
    public static final String REDIS_KEY_PREFIX = "debt-os:";

    public static ApiDependencies connectLazily(AppConfig config) {
        return connectLazily(config, REDIS_KEY_PREFIX);
    }

    /** With another Redis key prefix (tests that must not share rate-limit buckets or revocations). */
    public static ApiDependencies connectLazily(AppConfig config, String redisKeyPrefix) {
        return connectLazily(config, redisKeyPrefix, () -> SqsScanQueue.fromSettings(config.queue()));
    }

    /** With the scan queue given by the caller (the local runtime's embedded ElasticMQ, tests). */
    public static ApiDependencies connectLazily(AppConfig config, String redisKeyPrefix, Supplier<ScanQueue> queue) {
        return new ApiDependencies(config, Database.single(config.database()),
                OnFirstUse.of(() -> new RedisConnection(config.redis(), redisKeyPrefix)), OnFirstUse.of(queue));
    }

    /**
     * With a connection pool of {@code poolSize} instead of the Lambda's single connection: the local runtime serves
     * concurrent requests in one process (a single connection would answer the second concurrent request 503).
     */
    public static ApiDependencies pooled(AppConfig config, String redisKeyPrefix, Supplier<ScanQueue> queue, int poolSize) {
        return pooled(config, redisKeyPrefix, queue, poolSize, 1);
    }

    /** As above, keeping {@code idleConnections} of the pool open while idle. */
    public static ApiDependencies pooled(AppConfig config, String redisKeyPrefix, Supplier<ScanQueue> queue, int poolSize,
                                         int idleConnections) {
        return new ApiDependencies(config, Database.pooled(config.database(), poolSize, idleConnections),
                OnFirstUse.of(() -> new RedisConnection(config.redis(), redisKeyPrefix)), OnFirstUse.of(queue));
    }

    @Override
    public void close() {
        AutoCloseable data = database instanceof AutoCloseable closeable ? closeable : () -> { };
        for (AutoCloseable client : new AutoCloseable[] {data, redis, queue}) {
            try {
                client.close();
            } catch (Exception e) {
                // shutting down: a client that fails to close leaves nothing behind that matters
            }
        }
    }
}
