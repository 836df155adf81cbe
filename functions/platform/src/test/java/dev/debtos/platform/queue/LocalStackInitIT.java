package dev.debtos.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.debtos.platform.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The LocalStack profile's init script ({@code localstack/init/10-queues-and-secrets.sh}) run with the real AWS CLI:
 * its queue commands against the embedded ElasticMQ, its secret commands against a local server speaking Secrets
 * Manager's JSON protocol. The names and settings it creates must be the CDK app's. Skipped (not passed) when no
 * working {@code aws} command is installed.
 */
class LocalStackInitIT {
    private EmbeddedSqs sqs;
    private HttpServer secretsManager;
    private final List<JsonNode> createdSecrets = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        sqs = EmbeddedSqs.start(0);
        secretsManager = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        secretsManager.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode body = Json.mapper().readTree(exchange.getRequestBody().readAllBytes());
            String answer;
            int status;
            if ("secretsmanager.CreateSecret".equals(target)) {
                createdSecrets.add(body);
                status = 200;
                answer = "{\"ARN\":\"arn:aws:secretsmanager:us-east-1:000000000000:secret:" + body.get("Name").asText()
                        + "-AbCdEf\",\"Name\":\"" + body.get("Name").asText() + "\"}";
            } else if ("secretsmanager.DescribeSecret".equals(target)) {
                boolean exists = createdSecrets.stream().anyMatch(s -> s.get("Name").equals(body.get("SecretId")));
                status = exists ? 200 : 400;
                answer = exists ? "{\"Name\":" + body.get("SecretId") + "}"
                        : "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified secret.\"}";
            } else {
                status = 400;
                answer = "{\"__type\":\"InvalidRequestException\",\"message\":\"unexpected " + target + "\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        secretsManager.start();
    }

    @AfterEach
    void stop() {
        secretsManager.stop(0);
        sqs.close();
    }

    @Test
    void createsTheCdkAppsQueuesAndSecretsAndIsIdempotent() throws Exception {
        assumeTrue(awsCliWorks(), "no working AWS CLI ('aws --version' failed): the init script is not exercised");

        assertThat(runInitScript()).isZero();
        assertThat(runInitScript()).as("a second run finds everything in place").isZero();

        try (SqsClient client = sqs.client()) {
            String dlqUrl = client.getQueueUrl(b -> b.queueName("debt-os-dev-scans-dlq")).queueUrl();
            Map<QueueAttributeName, String> dlq = client.getQueueAttributes(b -> b.queueUrl(dlqUrl)
                    .attributeNames(QueueAttributeName.ALL)).attributes();
            String queueUrl = client.getQueueUrl(b -> b.queueName("debt-os-dev-scans")).queueUrl();
            Map<QueueAttributeName, String> queue = client.getQueueAttributes(b -> b.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.ALL)).attributes();

            // the CDK app's ScanQueueProps: 6 x 900 s visibility, DLQ after 5 receives. ElasticMQ accepts the
            // retention periods (4 days, 14 days) but does not report them, so they are not asserted here.
            assertThat(queue).containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "5400");
            JsonNode redrive = Json.mapper().readTree(queue.get(QueueAttributeName.REDRIVE_POLICY));
            assertThat(redrive.get("deadLetterTargetArn").asText()).isEqualTo(dlq.get(QueueAttributeName.QUEUE_ARN));
            assertThat(redrive.get("maxReceiveCount").asInt()).isEqualTo(5);
        }
        // the CDK app's ApplicationSecrets: once each, 64 letters and digits
        assertThat(createdSecrets).extracting(s -> s.get("Name").asText())
                .containsExactly("debt-os-dev/jwt-secret", "debt-os-dev/data-encryption-key");
        assertThat(createdSecrets).allSatisfy(s -> assertThat(s.get("SecretString").asText()).matches("[A-Za-z0-9]{64}"));
    }

    private int runInitScript() throws Exception {
        ProcessBuilder process = new ProcessBuilder("bash", repositoryRoot().resolve("localstack/init/10-queues-and-secrets.sh").toString())
                .redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.put("AWS_CLI", "aws");
        env.put("SQS_ENDPOINT_URL", sqs.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://127.0.0.1:" + secretsManager.getAddress().getPort());
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (started.exitValue() != 0) {
            System.err.println(output);
        }
        return started.exitValue();
    }

    private static boolean awsCliWorks() {
        try {
            Process version = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(60, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("localstack/init"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no localstack/init above " + Path.of("").toAbsolutePath());
    }
}
