package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * {@code debt-os migrate --deployed <env>} with the real AWS SDK Lambda client against a local server speaking the
 * Lambda Invoke protocol ({@code POST /2015-03-31/functions/<name>/invocations}).
 */
class DeployedMigrationTest {
    private HttpServer lambdaApi;
    private final List<String> invoked = Collections.synchronizedList(new ArrayList<>());
    private volatile String answer;
    private volatile String functionError;
    private LambdaClient client;

    @BeforeEach
    void start() throws Exception {
        lambdaApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lambdaApi.createContext("/", exchange -> {
            invoked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            if (functionError != null) {
                exchange.getResponseHeaders().add("X-Amz-Function-Error", functionError);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        lambdaApi.start();
        client = LambdaClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + lambdaApi.getAddress().getPort()))
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        lambdaApi.stop(0);
    }

    @Test
    void invokesTheEnvironmentsMigrationFunctionAndPrintsWhatItApplied() {
        answer = "{\"PhysicalResourceId\":\"debt-os-schema\",\"Data\":{\"applied\":2,\"total\":16,\"iamRoleGranted\":true}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = new DeployedMigration(client).run("prod", new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(invoked).containsExactly("POST /2015-03-31/functions/debt-os-prod-migrate/invocations RequestResponse "
                + "{\"source\":\"debt-os migrate --deployed\"}");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("debt-os-prod-migrate: database is up to date: 2 step(s) applied now, 16 in total\n");
    }

    @Test
    void aFailedMigrationIsItsOneLineReasonWithExitCodeOne() {
        functionError = "Unhandled";
        answer = "{\"errorMessage\":\"schema migration failed: relation \\\"users\\\" already exists (SQLSTATE 42P07)\","
                + "\"errorType\":\"java.lang.IllegalStateException\"}";

        assertThatThrownBy(() -> new DeployedMigration(client).run("dev", System.out))
                .isInstanceOf(CommandFailure.class)
                .hasMessage("debt-os-dev-migrate: schema migration failed: relation \"users\" already exists (SQLSTATE 42P07)")
                .extracting(e -> ((CommandFailure) e).exitCode()).isEqualTo(OneLineErrors.FAILURE);
    }

    @Test
    void aBadEnvironmentNameIsBadInputAndInvokesNothing() {
        assertThatThrownBy(() -> new DeployedMigration(client).run("Prod!", System.out))
                .isInstanceOf(CommandFailure.class)
                .extracting(e -> ((CommandFailure) e).exitCode()).isEqualTo(OneLineErrors.BAD_INPUT);
        assertThat(invoked).isEmpty();
    }
}
