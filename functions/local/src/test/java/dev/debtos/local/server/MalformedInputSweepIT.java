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
