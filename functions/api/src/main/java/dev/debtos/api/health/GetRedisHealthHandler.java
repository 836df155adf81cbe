package dev.debtos.api.health;

import dev.debtos.platform.redis.RedisConnection;
import java.util.function.Supplier;

/** {@code GET /api/health/redis}: a PING on the process's one Redis connection (built and connected on first use). */
public final class GetRedisHealthHandler extends DependencyHealthHandler {

    public GetRedisHealthHandler(Supplier<RedisConnection> redis) {
        super("Redis", () -> redis.get().ping());
    }

    /** For tests: any probe in place of a real connection. */
    GetRedisHealthHandler(DependencyProbe probe) {
        super("Redis", probe);
    }
}
