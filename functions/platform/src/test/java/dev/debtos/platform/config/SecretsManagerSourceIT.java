package dev.debtos.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import dev.debtos.platform.testing.MutableClock;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The real SDK v2 client against a local server speaking Secrets Manager's JSON protocol (GetSecretValue). */
class SecretsManagerSourceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> requestedIds = new CopyOnWriteArrayList<>();
    private final Map<String, String> secrets = Map.of(
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:debt-os/db", "{\"username\":\"debt_os\",\"password\":\"db-pass-from-sm\"}",
            "debt-os/jwt", "jwt-signing-key-from-secrets-manager-0123456789");
    private HttpServer server;
    private MutableClock clock;
    private SecretsManagerSource source;

    @BeforeEach
    void startFakeSecretsManager() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String id = body.path("SecretId").asText();
            requestedIds.add(id);
            boolean known = "secretsmanager.GetSecretValue".equals(target) && secrets.containsKey(id);
            String reply = known
                    ? JSON.writeValueAsString(Map.of("ARN", id, "Name", id, "SecretString", secrets.get(id), "VersionId", "v1"))
                    : "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified secret.\"}";
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(known ? 200 : 400, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        SecretsManagerClient client = SecretsManagerClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
        clock = new MutableClock(Instant.parse("2026-11-24T00:00:00Z"));
        source = new SecretsManagerSource(client, Duration.ofMinutes(5), clock);
    }

    @AfterEach
    void stop() {
        source.close();
        server.stop(0);
    }

    @Test
    void configReadsSecretArnsThroughTheSdk() {
        AppConfig config = AppConfig.load(Map.of(
                "DEBT_OS_PROFILE", "aws",
                "DB_HOST", "proxy.internal", "DB_USERNAME", "debt_os",
                "DB_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:debt-os/db",
                "JWT_SECRET_SECRET_ARN", "debt-os/jwt"), source);
        assertThat(config.database().password().reveal()).isEqualTo("db-pass-from-sm");
        assertThat(config.requireJwtSecret().reveal()).isEqualTo("jwt-signing-key-from-secrets-manager-0123456789");
    }

    @Test
    void cachesEachSecretForItsTtl() {
        source.secretString("debt-os/jwt");
        source.secretString("debt-os/jwt");
        assertThat(requestedIds).containsExactly("debt-os/jwt");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        source.secretString("debt-os/jwt");
        assertThat(requestedIds).containsExactly("debt-os/jwt", "debt-os/jwt");
    }

    @Test
    void unknownSecretStopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("OPENAI_API_KEY_SECRET_ARN", "debt-os/missing"), source))
                .isInstanceOf(ConfigException.class)
                .hasMessage("OPENAI_API_KEY_SECRET_ARN could not be read from Secrets Manager (ResourceNotFoundException)");
    }
}
