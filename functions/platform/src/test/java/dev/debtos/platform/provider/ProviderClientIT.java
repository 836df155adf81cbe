package dev.debtos.platform.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.debtos.platform.config.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider client against a local server: what it sends, the size cap, redirects, stalls and failures. */
class ProviderClientIT {
    private static final String UPSTREAM_SECRET = "upstream-body-secret-5d1e";
    private static final Secret TOKEN = Secret.of("gho_provider_client_token");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private ProviderClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        client = new ProviderClient("GitHub", "Accept", "application/vnd.github+json");
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + path + " auth=" + exchange.getRequestHeaders().getFirst("Authorization")
                + " accept=" + exchange.getRequestHeaders().getFirst("Accept") + " body=" + body);
        switch (path) {
            case "/ok" -> send(exchange, 200, "{\"default_branch\":\"main\"}");
            case "/created" -> send(exchange, 201, "");
            case "/at-cap" -> send(exchange, 200, "\"" + "a".repeat(ProviderClient.MAX_BODY_BYTES - 2) + "\"");
            case "/over-cap" -> send(exchange, 200, "\"" + UPSTREAM_SECRET + "a".repeat(ProviderClient.MAX_BODY_BYTES) + "\"");
            case "/broken" -> send(exchange, 500, "{\"message\":\"" + UPSTREAM_SECRET + "\"}");
            case "/html" -> send(exchange, 200, "<html>" + UPSTREAM_SECRET + "</html>");
            case "/refused" -> send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            case "/moved" -> {
                exchange.getResponseHeaders().set("Location", "/elsewhere");
                send(exchange, 302, "");
            }
            case "/stall" -> {
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write('[');
                exchange.getResponseBody().flush();
                await();
                exchange.close();
            }
            default -> send(exchange, 404, "{}");
        }
    }

    private void await() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void aCallSendsTheTokenAndTheClientsHeadersAndParsesTheAnswer() throws Exception {
        JsonNode answer = client.get(uri("/ok"), Optional.of(TOKEN));

        assertThat(answer.get("default_branch").asText()).isEqualTo("main");
        assertThat(requests).containsExactly("GET /ok auth=Bearer gho_provider_client_token accept=application/vnd.github+json body=");
    }

    @Test
    void aJsonBodyIsSentAndAnEmptyAnswerIsAMissingNode() throws Exception {
        JsonNode answer = client.call("POST", uri("/created"), Optional.of(TOKEN),
                dev.debtos.platform.json.Json.mapper().createObjectNode().put("body", "hello"));

        assertThat(answer.isMissingNode()).isTrue();
        assertThat(requests).singleElement().asString().startsWith("POST /created ").endsWith("body={\"body\":\"hello\"}");
    }

    @Test
    void anAnswerOfExactlyTheCapIsRead() throws Exception {
        assertThat(client.get(uri("/at-cap"), Optional.empty()).asText()).hasSize(ProviderClient.MAX_BODY_BYTES - 2);
    }

    @Test
    void anAnswerOverTheCapIsAnAnswerFailureWithItsStatusAndNoneOfItsBody() {
        var failure = catchThrowableOfType(UpstreamAnswerException.class, () -> client.get(uri("/over-cap"), Optional.empty()));

        assertThat(failure.provider()).isEqualTo("GitHub");
        assertThat(failure.status()).hasValue(200);
        assertThat(failure.call()).isEqualTo("GET /over-cap");
        assertThat(failure.getMessage()).isEqualTo("GET /over-cap answered with a body over 1048576 bytes");
        assertThat(failure.detail()).startsWith("GitHub: ").doesNotContain(UPSTREAM_SECRET);
    }

    @Test
    void anErrorStatusNamesTheCallAndStatusWithoutTheBody() {
        var failure = catchThrowableOfType(UpstreamStatusException.class, () -> client.get(uri("/broken"), Optional.of(TOKEN)));

        assertThat(failure.status()).hasValue(500);
        assertThat(failure.detail()).isEqualTo("GitHub: GET /broken answered 500");
    }

    @Test
    void aRedirectIsNotFollowedAndTheTokenGoesNowhereElse() {
        var failure = catchThrowableOfType(UpstreamStatusException.class, () -> client.get(uri("/moved"), Optional.of(TOKEN)));

        assertThat(failure.status()).hasValue(302);
        assertThat(requests).hasSize(1).allMatch(line -> line.startsWith("GET /moved "));
    }

    @Test
    void anAnswerThatIsNotJsonIsAnAnswerFailureWithoutTheBody() {
        var failure = catchThrowableOfType(UpstreamAnswerException.class, () -> client.get(uri("/html"), Optional.empty()));

        assertThat(failure.getMessage()).isEqualTo("GET /html answered something that is not JSON").doesNotContain(UPSTREAM_SECRET);
    }

    @Test
    void aFormPostReturnsAnErrorAnswerForTheCallerToRead() throws Exception {
        var answer = client.postForm(uri("/refused"), Map.of("code", "a b&c"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(requests).singleElement().asString().endsWith("body=code=a+b%26c");
    }

    @Test
    void aProviderThatStallsMidBodyTimesOut() {
        var stalling = new ProviderClient("GitLab", Duration.ofMillis(500));

        var failure = catchThrowableOfType(UpstreamUnreachableException.class, () -> stalling.get(uri("/stall"), Optional.empty()));

        assertThat(failure.getMessage()).isEqualTo("GET /stall timed out");
        assertThat(failure.status()).isEmpty();
        assertThat(failure.detail()).isEqualTo("GitLab: GET /stall timed out");
    }

    @Test
    void anUnreachableProviderIsNamedWithTheKindOfFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        var failure = catchThrowableOfType(UpstreamUnreachableException.class,
                () -> client.get(URI.create("http://127.0.0.1:" + closedPort + "/ok"), Optional.empty()));

        assertThat(failure.getMessage()).isEqualTo("GET /ok failed: could not connect");
    }
}
