package dev.debtos.api;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.SingleConnectionDataSource;
import dev.debtos.platform.redis.RedisConnection;

/**
 * The clients every API function shares, built once per process from the configuration. Neither opens a socket
 * here: the data source and Redis connect on first use, so a SnapStart snapshot restores without dead sockets.
 */
public record ApiDependencies(AppConfig config, SingleConnectionDataSource database, RedisConnection redis)
        implements AutoCloseable {
    static final String REDIS_KEY_PREFIX = "debt-os:";

    public static ApiDependencies connectLazily(AppConfig config) {
        return new ApiDependencies(config, Database.single(config.database()),
                new RedisConnection(config.redis(), REDIS_KEY_PREFIX));
    }

    @Override
    public void close() {
        database.close();
        redis.close();
    }
}
