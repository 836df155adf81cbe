package dev.debtos.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

/**
 * AWS Secrets Manager through SDK v2, with an in-memory cache so a warm Lambda reads each secret once per
 * {@code ttl} (rotation is picked up after at most one TTL). Endpoint, region and credentials come from the
 * SDK's default chains, so {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} points it at a local stand-in.
 */
public final class SecretsManagerSource implements SecretSource, AutoCloseable {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

    private final SecretsManagerClient client;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String value, Instant fetchedAt) {
    }

    public SecretsManagerSource(SecretsManagerClient client, Duration ttl, Clock clock) {
        this.client = client;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The client for the Lambda runtime: the JDK's HTTP stack, smallest to load at cold start. */
    public static SecretsManagerSource fromEnvironment() {
        SecretsManagerClient client = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
        return new SecretsManagerSource(client, DEFAULT_TTL, Clock.systemUTC());
    }

    @Override
    public String secretString(String secretId) {
        Instant now = clock.instant();
        Cached cached = cache.get(secretId);
        if (cached != null && cached.fetchedAt().plus(ttl).isAfter(now)) {
            return cached.value();
        }
        String value = client.getSecretValue(GetSecretValueRequest.builder().secretId(secretId).build()).secretString();
        if (value == null) {
            throw new IllegalStateException("secret has no string value (binary secrets are not supported)");
        }
        cache.put(secretId, new Cached(value, now));
        return value;
    }

    @Override
    public void close() {
        client.close();
    }
}
