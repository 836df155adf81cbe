package dev.debtos.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.SecretsManagerSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The docker-compose/LocalStack profile: queue and secrets against LocalStack. Needs a Docker engine; where
 * there is none (this machine kind) JUnit reports the class as skipped, never as passed.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackProfileIT {

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer("localstack/localstack:4").withServices("sqs", "secretsmanager");

    private static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>> B configure(B builder) {
        return builder.endpointOverride(LOCALSTACK.getEndpoint())
                .region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())));
    }

    @Test
    void scanQueueRoundTripsThroughLocalStackSqs() {
        try (SqsClient sqs = configure(SqsClient.builder()).httpClient(UrlConnectionHttpClient.create()).build()) {
            SqsScanQueue queue = ScanQueueProvisioner.provision(sqs, "scans-" + UUID.randomUUID(), Duration.ofSeconds(30));
            UUID scanId = UUID.randomUUID();
            queue.send(new ScanMessage(scanId));
            ReceivedMessage received = queue.receive(1, Duration.ofSeconds(5)).getFirst();
            assertThat(received.scan().scanId()).isEqualTo(scanId);
            queue.delete(received.receiptHandle());
        }
    }

    @Test
    void configurationReadsSecretsFromLocalStack() {
        try (SecretsManagerClient client = configure(SecretsManagerClient.builder()).httpClient(UrlConnectionHttpClient.create()).build()) {
            client.createSecret(b -> b.name("debt-os/jwt-it").secretString("jwt-from-localstack-0123456789abcdef-0123"));
            AppConfig config = AppConfig.load(Map.of("JWT_SECRET_SECRET_ARN", "debt-os/jwt-it"),
                    new SecretsManagerSource(client, Duration.ofMinutes(5), Clock.systemUTC()));
            assertThat(config.requireJwtSecret().reveal()).isEqualTo("jwt-from-localstack-0123456789abcdef-0123");
        }
    }
}
