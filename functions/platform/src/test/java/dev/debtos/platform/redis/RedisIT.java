package dev.debtos.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.config.RedisSettings;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cache, rate limiter and lock against the machine's real Redis, under a key prefix unique to this run. */
class RedisIT {
    private static final String PREFIX = "debt-os-it:" + UUID.randomUUID() + ":";
    private static RedisConnection redis;

    @BeforeAll
    static void connect() {
        redis = new RedisConnection(new RedisSettings(System.getenv().getOrDefault("REDIS_HOST", "127.0.0.1"), 6379,
                Secret.of(""), false, 0), PREFIX);
    }

    @AfterAll
    static void cleanUp() {
        var keys = redis.commands().keys(PREFIX.replace("*", "\\*") + "*");
        if (!keys.isEmpty()) {
            redis.commands().del(keys.toArray(String[]::new));
        }
        redis.close();
    }

    @Test
    void cacheReadsThroughAndEvictsByPrefix() {
        RedisCache cache = new RedisCache(redis);
        AtomicInteger loads = new AtomicInteger();
        String first = cache.getOrLoad("summary:repo-1", Duration.ofMinutes(1), () -> "v" + loads.incrementAndGet());
        String second = cache.getOrLoad("summary:repo-1", Duration.ofMinutes(1), () -> "v" + loads.incrementAndGet());
        cache.put("summary:repo-2", "other", Duration.ofMinutes(1));
        cache.put("trends:repo-1", "kept", Duration.ofMinutes(1));
        assertThat(first).isEqualTo("v1");
        assertThat(second).isEqualTo("v1");
        assertThat(loads).hasValue(1);

        assertThat(cache.evictPrefix("summary:")).isEqualTo(2);
        assertThat(cache.get("summary:repo-1")).isEmpty();
        assertThat(cache.get("trends:repo-1")).contains("kept");
        assertThat(redis.commands().pttl(redis.key("cache", "trends:repo-1"))).isBetween(1L, 60_000L);
    }

    @Test
    void cacheFallsBackToTheSourceWhenRedisIsDown() {
        try (RedisConnection down = new RedisConnection(new RedisSettings("127.0.0.1", 1, Secret.of(""), false, 0), PREFIX)) {
            RedisCache cache = new RedisCache(down);
            assertThat(cache.getOrLoad("summary:x", Duration.ofMinutes(1), () -> "from-database")).isEqualTo("from-database");
            assertThat(cache.evictPrefix("summary:")).isZero();
        }
    }

    @Test
    void tokenBucketAllowsTheBurstThenRefillsAtTheRate() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T00:00:00Z"));
        RateLimiter limiter = new RateLimiter(redis, clock);
        RateLimiter.Limit limit = new RateLimiter.Limit("api-key", 3, 1.0);

        for (int i = 2; i >= 0; i--) {
            RateLimiter.Decision d = limiter.acquire(limit, "key-a");
            assertThat(d.allowed()).isTrue();
            assertThat(d.remaining()).isEqualTo(i);
        }
        RateLimiter.Decision denied = limiter.acquire(limit, "key-a");
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.acquire(limit, "key-b").allowed()).as("buckets are per subject").isTrue();

        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.acquire(limit, "key-a").retryAfter()).isEqualTo(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.acquire(limit, "key-a").allowed()).isTrue();
        assertThat(limiter.acquire(limit, "key-a").allowed()).isFalse();
    }

    @Test
    void lockIsExclusiveAndOnlyItsOwnerReleasesOrExtendsIt() {
        RedisLock locks = new RedisLock(redis);
        Optional<RedisLock.Lease> first = locks.tryAcquire("scan-42", Duration.ofSeconds(30));
        assertThat(first).isPresent();
        assertThat(locks.tryAcquire("scan-42", Duration.ofSeconds(30))).isEmpty();
        assertThat(first.get().extend(Duration.ofSeconds(60))).isTrue();

        // the lease is lost (expired, here forced), someone else takes it: the late owner can neither extend nor release it
        redis.commands().del(redis.key("lock", "scan-42"));
        RedisLock.Lease second = locks.tryAcquire("scan-42", Duration.ofSeconds(30)).orElseThrow();
        assertThat(first.get().extend(Duration.ofSeconds(60))).isFalse();
        first.get().close();
        assertThat(locks.tryAcquire("scan-42", Duration.ofSeconds(30))).isEmpty();

        second.close();
        assertThat(locks.tryAcquire("scan-42", Duration.ofSeconds(30))).isPresent();
    }

    @Test
    void pingMeasuresTheRoundTrip() {
        assertThat(redis.ping()).isPositive();
    }
}
