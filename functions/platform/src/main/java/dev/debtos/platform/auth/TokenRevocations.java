package dev.debtos.platform.auth;

import dev.debtos.platform.redis.RedisConnection;
import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Logged-out tokens: the {@code jti} is kept in Redis until the token would have expired anyway (plus the clock
 * skew), so the set never grows beyond the live tokens.
 *
 * <p>Redis outage: a revocation cannot be written or checked, so both fail <em>closed</em>: {@link #revoke} throws
 * (the logout answers 503 and the client may retry) and {@link #isRevoked} throws, which the authenticator turns
 * into a 503 for bearer tokens. Accepting a token that may have been logged out would be worse than a short outage;
 * API keys do not depend on Redis and keep working.
 */
public final class TokenRevocations {
    private final Supplier<RedisConnection> redis;
    private final Clock clock;

    public TokenRevocations(Supplier<RedisConnection> redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    public void revoke(String tokenId, Instant expiresAt) {
        Duration ttl = Duration.between(clock.instant(), expiresAt).plus(JwtService.CLOCK_SKEW);
        if (ttl.isNegative() || ttl.isZero()) {
            return;
        }
        RedisConnection connection = redis.get();
        connection.commands().set(connection.key("revoked-jti", tokenId), "1", SetArgs.Builder.px(ttl.toMillis()));
    }

    public boolean isRevoked(String tokenId) {
        RedisConnection connection = redis.get();
        return connection.commands().exists(connection.key("revoked-jti", tokenId)) > 0;
    }
}
