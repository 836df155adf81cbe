package dev.debtos.platform.auth.oauth;

import dev.debtos.platform.redis.RedisConnection;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The {@code state} of OAuth sign-ins (CSRF and login-fixation protection), kept in Redis for ten minutes and
 * usable once. Each state is bound to the browser that started the sign-in: that browser holds a random binding
 * value in an HttpOnly cookie and Redis keeps only its SHA-256, so a state copied into another browser's callback
 * does not verify. Keys hold the SHA-256 of the state, never the state itself.
 */
public final class OAuthStates {
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<RedisConnection> redis;

    /** A new state and the binding value for the browser's cookie. */
    public record Started(String state, String browserBinding) {
        @Override
        public String toString() {
            return "Started[****]";
        }
    }

    public OAuthStates(Supplier<RedisConnection> redis) {
        this.redis = redis;
    }

    public Started start(String provider) {
        Started started = new Started(randomToken(), randomToken());
        RedisConnection connection = redis.get();
        connection.commands().set(connection.key("oauth-state", provider, sha256(started.state())),
                sha256(started.browserBinding()), SetArgs.Builder.px(LIFETIME.toMillis()));
        return started;
    }

    /**
     * Consumes the state (atomically: a second use finds nothing) and tells whether it was issued for this provider
     * to the browser presenting {@code browserBinding}. A state consumed with the wrong cookie is spent all the same.
     */
    public boolean consume(String provider, String state, String browserBinding) {
        RedisConnection connection = redis.get();
        String stored = connection.commands().getdel(connection.key("oauth-state", provider, sha256(state)));
        return stored != null && browserBinding != null && MessageDigest.isEqual(
                stored.getBytes(StandardCharsets.US_ASCII), sha256(browserBinding).getBytes(StandardCharsets.US_ASCII));
    }

    /** 256 random bits, URL-safe. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
