package dev.debtos.platform.redis;

import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Token-bucket rate limiting in Redis, one atomic Lua call per request, so every Lambda container shares one
 * bucket per subject (API key, user or IP). Time comes from the caller's clock (NTP-synchronised in Lambda)
 * so the bucket's arithmetic is testable without sleeping.
 */
public final class RateLimiter {
    private static final LuaScript TOKEN_BUCKET = new LuaScript("token-bucket.lua");

    private final RedisConnection redis;
    private final Clock clock;

    /** @param capacity burst size; @param refillPerSecond sustained rate */
    public record Limit(String name, int capacity, double refillPerSecond) {
        public Limit {
            if (capacity < 1 || refillPerSecond <= 0) {
                throw new IllegalArgumentException("a limit needs capacity >= 1 and a positive refill rate");
            }
        }
    }

    public record Decision(boolean allowed, long remaining, Duration retryAfter) {
    }

    public RateLimiter(RedisConnection redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    public Decision acquire(Limit limit, String subject) {
        List<Long> result = TOKEN_BUCKET.run(redis.commands(), ScriptOutputType.MULTI,
                new String[] {redis.key("ratelimit", limit.name(), subject)},
                Integer.toString(limit.capacity()), Double.toString(limit.refillPerSecond()),
                Long.toString(clock.millis()), "1");
        return new Decision(result.get(0) == 1L, result.get(1), Duration.ofMillis(result.get(2)));
    }
}
