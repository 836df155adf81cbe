package dev.debtos.platform.auth.oauth;

import dev.debtos.platform.redis.RedisConnection;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One-time login codes that carry an OAuth sign-in from the callback to the frontend. The callback redirects the
 * browser with this code instead of our bearer token, so no long-lived credential ever sits in a URL (browser
 * history, proxy and server logs, Referer headers); the frontend redeems it once, within a minute, with
 * {@code POST /api/auth/token}. Redis keeps the SHA-256 of the code and the user id.
 */
public final class LoginCodes {
    public static final Duration LIFETIME = Duration.ofSeconds(60);

    private final Supplier<RedisConnection> redis;

    public LoginCodes(Supplier<RedisConnection> redis) {
        this.redis = redis;
    }

    public String issue(UUID userId) {
        String code = OAuthStates.randomToken();
        RedisConnection connection = redis.get();
        connection.commands().set(connection.key("login-code", OAuthStates.sha256(code)), userId.toString(),
                SetArgs.Builder.px(LIFETIME.toMillis()));
        return code;
    }

    /** The user the code was issued for; empty when unknown, expired or already redeemed. */
    public Optional<UUID> redeem(String code) {
        RedisConnection connection = redis.get();
        String userId = connection.commands().getdel(connection.key("login-code", OAuthStates.sha256(code)));
        return Optional.ofNullable(userId).map(UUID::fromString);
    }
}
