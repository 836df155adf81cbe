package dev.debtos.api.health;

import dev.debtos.platform.redis.RedisConnection;

/** {@code GET /api/health/redis}: a PING on the process's one Redis connection (connected on first use). */
public final class GetRedisHealthHandler extends DependencyHealthHandler {

    public GetRedisHealthHandler(RedisConnection redis) {
        super("Redis", redis::ping);
    }

    /** For tests: any probe in place of a real connection. */
    GetRedisHealthHandler(DependencyProbe probe) {
        super("Redis", probe);
    }
}
