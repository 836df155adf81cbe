package dev.debtos.platform.redis;

import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.KeyScanCursor;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Read-through string cache. Redis is an accelerator, never a dependency: when it is down or slow every call
 * falls back to the loader (reads) or does nothing (writes and evictions), logging a warning.
 */
public final class RedisCache {
    private static final Logger LOG = LogManager.getLogger(RedisCache.class);
    private final RedisConnection redis;

    public RedisCache(RedisConnection redis) {
        this.redis = redis;
    }

    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(redis.commands().get(redis.key("cache", key)));
        } catch (RuntimeException e) {
            LOG.warn("cache read failed; falling back to the source", e);
            return Optional.empty();
        }
    }

    public void put(String key, String value, Duration ttl) {
        try {
            redis.commands().psetex(redis.key("cache", key), ttl.toMillis(), value);
        } catch (RuntimeException e) {
            LOG.warn("cache write failed; continuing without it", e);
        }
    }

    public String getOrLoad(String key, Duration ttl, Supplier<String> loader) {
        Optional<String> cached = get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        String value = loader.get();
        if (value != null) {
            put(key, value, ttl);
        }
        return value;
    }

    /** Removes every entry whose key starts with {@code keyPrefix} (SCAN + UNLINK, never KEYS). */
    public long evictPrefix(String keyPrefix) {
        long removed = 0;
        try {
            var commands = redis.commands();
            ScanArgs match = ScanArgs.Builder.matches(escapeGlob(redis.key("cache", keyPrefix)) + "*").limit(500);
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = commands.scan(cursor, match);
                if (!page.getKeys().isEmpty()) {
                    removed += commands.unlink(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } catch (RuntimeException e) {
            LOG.warn("cache eviction failed; entries expire by their TTL", e);
        }
        return removed;
    }

    private static String escapeGlob(String text) {
        return text.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
