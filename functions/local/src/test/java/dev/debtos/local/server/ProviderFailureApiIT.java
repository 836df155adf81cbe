package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.debtos.platform.provider.ProviderClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A git provider failing behind a route: the route guard answers 502 problem+json that names the provider and the
 * status it answered, and never passes its body on. Repository sync is the route; a local server plays GitHub.
 */
class ProviderFailureApiIT {
    private static final String UPSTREAM_SECRET = "provider-body-must-not-leak-91c4";
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer github;
    private static ApiTestServer api;

    @BeforeAll
    static void start() throws Exception {
        github = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        github.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            REQUESTS.add(path);
            switch (path) {
                case "/repos/octo/huge" -> send(exchange, 200, "{\"default_branch\":\"main\",\"description\":\""
                        + UPSTREAM_SECRET.repeat(ProviderClient.MAX_BODY_BYTES / UPSTREAM_SECRET.length() + 1) + "\"}");
                case "/repos/octo/moved" -> {
                    exchange.getResponseHeaders().set("Location", "/repos/octo/elsewhere");
                    send(exchange, 301, "{\"message\":\"Moved Permanently " + UPSTREAM_SECRET + "\"}");
                }
                case "/repos/octo/elsewhere" -> send(exchange, 200, "{\"default_branch\":\"moved\"}");
                default -> send(exchange, 503, "{\"message\":\"" + UPSTREAM_SECRET + "\"}");
            }
        });
        github.start();
        api = ApiTestServer.start(Map.of("GITHUB_API_URL", "http://127.0.0.1:" + github.getAddress().getPort()));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (api != null) {
                api.close();
            }
        } finally {
            github.stop(0);
        }
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client stopped reading at its cap
        }
    }

    @Test
    void anAnswerOverTheSizeCapIsA502NamingGitHubAndItsStatus() throws Exception {
        JsonNode problem = sync("octo/huge");

        assertThat(problem.get("provider").asText()).isEqualTo("GitHub");
        assertThat(problem.get("upstreamStatus").asInt()).isEqualTo(200);
        assertThat(problem.get("detail").asText()).isEqualTo("GitHub: GET /repos/octo/huge answered with a body over "
                + ProviderClient.MAX_BODY_BYTES + " bytes");
    }

    @Test
    void aRedirectIsNotFollowedAndIsA502WithItsStatus() throws Exception {
        JsonNode problem = sync("octo/moved");

        assertThat(problem.get("upstreamStatus").asInt()).isEqualTo(301);
        assertThat(problem.get("detail").asText()).isEqualTo("GitHub: GET /repos/octo/moved answered 301");
        assertThat(REQUESTS).doesNotContain("/repos/octo/elsewhere");
    }

    @Test
    void anErrorStatusIsA502WithThatStatus() throws Exception {
        JsonNode problem = sync("octo/down");

        assertThat(problem.get("provider").asText()).isEqualTo("GitHub");
        assertThat(problem.get("upstreamStatus").asInt()).isEqualTo(503);
    }

    /** Connects the repository, syncs it, and returns the 502 problem after checking what every one must hold. */
    private static JsonNode sync(String fullName) throws Exception {
        String token = api.login("provider-failure-" + fullName.replace('/', '-'));
        String id = json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"" + fullName + "\"}", token))
                .get("id").asText();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/api/repos/" + id + "/sync"))
                .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain(UPSTREAM_SECRET);
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(502);
        assertThat(problem.get("type").asText()).isEqualTo("urn:debt-os:problem:bad-gateway");
        assertThat(json(api.call("GET", "/api/repos/" + id, null, token)).get("defaultBranch").asText()).isEqualTo("main");
        return problem;
    }
}
