package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.api.route.Route;
import dev.debtos.api.route.RouteTable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every route of the route table, with every kind of bad input a client can send: malformed and wrongly typed JSON,
 * bodies over the limits, path ids that are not ids (or are ids of nothing), and nonsense query parameters. No
 * answer may be a 5xx ({@link ApiTestServer#call} fails on one), every error must be problem+json, and every status
 * must be one the route documents in the OpenAPI document. Logout goes last: it revokes the token the sweep uses.
 * What no HTTP client library sends (malformed escapes, request lines and headers) goes over a plain socket: the
 * server's own refusals are problems with the headers of every answer too.
 */
class MalformedInputSweepIT {
    private static final List<String> BODIES = List.of("{", "[]", "\"text\"", "null", "{\"a\":",
            "{\"name\":123,\"status\":[],\"limit\":\"x\",\"provider\":{},\"scopes\":\"admin\",\"verdict\":7}",
            "{\"id\":\"../../etc/passwd\",\"fullName\":\"' OR 1=1 --\",\"path\":\"\\u0000\"}",
            "{\"x\":\"" + "y".repeat(70 * 1024) + "\"}");
    private static final List<String> IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8), "%00", "9".repeat(300));
    private static final String BAD_QUERY = "?limit=-1&offset=abc&days=0&sort=nope&order=sideways&severity=fatal"
            + "&status=gone&type=weird&path=%5B&cursor=%00";

    @Test
    void noRouteAnswers5xxOrAnUndocumentedStatusToBadInput() throws Exception {
        try (var api = ApiTestServer.start(Map.of("RATE_LIMIT_PER_MINUTE", "1000000",
                "RATE_LIMIT_ANONYMOUS_PER_MINUTE", "1000000", "RATE_LIMIT_WEBHOOK_PER_MINUTE", "1000000"))) {
            String token = api.login("sweeper");
            List<Route> routes = new ArrayList<>(RouteTable.standard().routes());
            routes.sort(Comparator.comparing((Route r) -> r.function().equals("postLogout")));
            List<String> undocumented = new ArrayList<>();
            int requests = 0;
            for (Route route : routes) {
                for (String path : paths(route)) {
                    for (String body : bodies(route)) {
                        var response = api.call(route.method(), path, body, token);
                        requests++;
                        int status = response.statusCode();
                        if (status >= 400) {
                            assertThat(response.headers().firstValue("Content-Type")).as(route.method() + " " + path)
                                    .hasValue("application/problem+json");
                        }
                        // 413 over the local server's own 1 MiB cap is API Gateway's job in AWS, documented or not
                        if (!route.responses().contains(status)) {
                            undocumented.add(route.method() + " " + route.path() + " -> " + status);
                        }
                    }
                }
            }
            assertThat(requests).isGreaterThan(routes.size() * 2);
            assertThat(undocumented.stream().distinct().toList()).as("statuses a route answers but does not document").isEmpty();
        }
    }

    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "\\b(java|javax|jdk|sun|io|org|com|dev)\\.[a-z][a-z0-9_]*(\\.[A-Za-z0-9_$]+)+|Exception\\b|\\tat |<html");
    private static final List<String> BAD_TARGETS = List.of("/api/repos/%zz", "/api/health?x=%G1", "/api/health?x=%",
            "/api/health%", "/%zz", "/api/debt/%C0%AF", "/api/health?q=%FF", "/api/repos/{id}", "/api/health#top",
            "/api/health?x=<script>", "/api/health?x=\"", "/api/h\u00e9alth", "api/health", "*");
    private static final List<String> BAD_REQUESTS = List.of("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n",
            "NONSENSE\r\n\r\n", "GET /api/health HTTP/9.9\r\nHost: x\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n",
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(40_000) + "\r\n\r\n",
            "POST /api/auth/local HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}{}{}{",
            "POST /api/auth/local HTTP/1.1\r\nHost: x\r\nContent-Length: -3\r\n\r\n");

    @Test
    void malformedEscapesRequestLinesAndHeadersAreA400ProblemWithTheHeadersOfEveryAnswer() throws Exception {
        try (var api = ApiTestServer.start()) {
            List<String> requests = new ArrayList<>(BAD_REQUESTS);
            BAD_TARGETS.forEach(target -> requests.add("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n"));
            for (Route route : RouteTable.standard().routes()) {
                requests.add(route.method() + " " + route.path().replaceAll("\\{[^}]+}", "%zz") + "?limit=%G1 HTTP/1.1\r\n"
                        + "Host: x\r\nContent-Length: 2\r\n\r\n{}");
            }
            for (String request : requests) {
                String where = request.substring(0, Math.min(60, request.indexOf('\r') < 0 ? request.length() : request.indexOf('\r')));
                try (var connection = new RawHttp(api.port())) {
                    var answer = connection.send(request).read();
                    assertThat(answer.status()).as(where).isEqualTo(400);
                    assertThat(answer.header("Content-Type")).as(where).isEqualTo("application/problem+json");
                    var problem = ApiTestServer.JSON.readTree(answer.body());
                    assertThat(problem.get("status").asInt()).as(where).isEqualTo(400);
                    assertThat(problem.get("requestId").asText()).as(where).isEqualTo(answer.header("X-Request-Id"));
                    assertThat(answer.headers()).as(where).containsKeys("x-content-type-options", "content-security-policy",
                            "cache-control", "strict-transport-security", "x-frame-options", "referrer-policy");
                    assertThat(CLASS_NAME.matcher(answer.body()).find()).as(where + ": " + answer.body()).isFalse();
                    assertThat(connection.closedByServer()).as(where + ": the connection closes").isTrue();
                }
            }
        }
    }

    @Test
    void aConnectionServesPipelinedRequestsInOrderAndABodyOverTheLimitLeavesItUsable() throws Exception {
        try (var api = ApiTestServer.start(); var connection = new RawHttp(api.port())) {
            connection.send("GET /api/health/db HTTP/1.1\r\nHost: x\r\n\r\nGET /api/nothing HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "HEAD /api/health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/health HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(connection.read().body()).contains("latencyMs");
            assertThat(connection.read().status()).isEqualTo(404);
            var head = connection.readHead();
            assertThat(head.status()).as("HEAD /api/health").isIn(200, 405);
            assertThat(head.header("X-Request-Id")).isNotBlank();
            // HEAD: the length of the body GET would have, and no body on the wire
            assertThat(connection.read().body()).isEqualTo("{\"status\":\"ok\"}");

            int over = 1024 * 1024 + 1;
            connection.send("POST /api/auth/local HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + over + "\r\n\r\n" + "x".repeat(over));
            var tooLarge = connection.read();
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(tooLarge.headers()).containsKeys("x-request-id", "content-security-policy", "strict-transport-security");
            connection.send("GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(connection.read().status()).isEqualTo(200);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    private static List<String> paths(Route route) {
        List<String> paths = new ArrayList<>();
        if (!route.path().contains("{")) {
            paths.add(route.path());
            paths.add(route.path() + BAD_QUERY);
            return paths;
        }
        for (String id : IDS) {
            paths.add(route.path().replaceAll("\\{[^}]+}", id));
        }
        paths.add(route.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000") + BAD_QUERY);
        return paths;
    }

    private static List<String> bodies(Route route) {
        if (route.method().equals("GET") || route.method().equals("DELETE")) {
            return java.util.Arrays.asList((String) null);
        }
        List<String> bodies = new ArrayList<>(BODIES);
        bodies.add(null);
        return bodies;
    }
}
