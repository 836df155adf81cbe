package dev.debtos.platform.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * A lease-style lock: SET NX PX with a random owner token; release and heartbeat are compare-and-act Lua
 * scripts so only the current owner can end or extend it. Not a consensus lock: the database's own lease
 * column stays the authority for scans, this guards cheaper work against duplicates.
 */
public final class RedisLock {
    private static final LuaScript RELEASE = new LuaScript("lock-release.lua");
    private static final LuaScript EXTEND = new LuaScript("lock-extend.lua");

    private final RedisConnection redis;

    public RedisLock(RedisConnection redis) {
        this.redis = redis;
    }

    /** A held lock; {@link #close()} releases it if still ours. */
    public final class Lease implements AutoCloseable {
        private final String key;
        private final String token;

        private Lease(String key, String token) {
            this.key = key;
            this.token = token;
        }

        /** Extends the lease; false when it was lost (expired and possibly taken by another owner). */
        public boolean extend(Duration ttl) {
            Long extended = EXTEND.run(redis.commands(), ScriptOutputType.INTEGER, new String[] {key}, token,
                    Long.toString(ttl.toMillis()));
            return extended != null && extended == 1L;
        }

        @Override
        public void close() {
            RELEASE.run(redis.commands(), ScriptOutputType.INTEGER, new String[] {key}, token);
        }
    }

    public Optional<Lease> tryAcquire(String name, Duration ttl) {
        String key = redis.key("lock", name);
        String token = UUID.randomUUID().toString();
        String ok = redis.commands().set(key, token, SetArgs.Builder.nx().px(ttl.toMillis()));
        return "OK".equals(ok) ? Optional.of(new Lease(key, token)) : Optional.empty();
    }
}
