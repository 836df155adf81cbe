package dev.debtos.platform.redis;

import dev.debtos.platform.config.RedisSettings;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * The one Redis client of a process, shared by cache, rate limiter and locks. It connects on first use, not at
 * construction, so a SnapStart snapshot never holds a socket, and every key it hands out carries the
 * {@code keyPrefix} so tests and environments sharing a server never collide.
 */
public final class RedisConnection implements AutoCloseable {
    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(1500); // an outage must fail fast: callers fall back

    private final RedisClient client;
    private final String keyPrefix;
    private volatile StatefulRedisConnection<String, String> connection;

    public RedisConnection(RedisSettings settings, String keyPrefix) {
        RedisURI.Builder uri = RedisURI.builder().withHost(settings.host()).withPort(settings.port())
                .withSsl(settings.tls()).withDatabase(settings.database()).withTimeout(COMMAND_TIMEOUT);
        if (!settings.password().isEmpty()) {
            uri.withPassword(settings.password().reveal().toCharArray());
        }
        this.client = RedisClient.create(uri.build());
        this.client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        this.keyPrefix = keyPrefix;
    }

    public String key(String... parts) {
        return keyPrefix + String.join(":", parts);
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null || !current.isOpen()) {
            synchronized (this) {
                current = connection;
                if (current == null || !current.isOpen()) {
                    current = client.connect();
                    connection = current;
                }
            }
        }
        return current.sync();
    }

    /** Round-trip time of a PING, for the health route. */
    public Duration ping() {
        long start = System.nanoTime();
        commands().ping();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            current.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
