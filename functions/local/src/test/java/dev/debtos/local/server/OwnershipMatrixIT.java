package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.api.route.Route;
import dev.debtos.api.route.RouteTable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ownership matrix over the whole route table: alice owns a scanned repository, its scan, a debt item and an
 * API key; for every route with an id in its path, bob (holding every scope) gets exactly the 404 an unknown id
 * gets, while alice does not. A route added later with an id nobody maps here fails the test until it is mapped.
 */
class OwnershipMatrixIT {

    @Test
    void everyRouteWithAnIdAnswers404ToAnotherUser(@TempDir Path directory) throws Exception {
        try (var api = ApiTestServer.start(Map.of("RATE_LIMIT_PER_MINUTE", "1000000"))) {
            String alice = api.login("alice");
            String bob = api.login("bob");
            Map<String, String> ids = aliceObjects(api, alice, directory);

            List<String> checked = new ArrayList<>();
            for (Route route : RouteTable.standard().routes()) {
                if (!route.path().contains("{")) {
                    continue;
                }
                String path = route.path()
                        .replace("/api/repos/{id}", "/api/repos/" + ids.get("repository"))
                        .replace("/api/embeddings/stats/{repoId}", "/api/embeddings/stats/" + ids.get("repository"))
                        .replace("/api/scans/{id}", "/api/scans/" + ids.get("scan"))
                        .replace("/api/debt/{id}", "/api/debt/" + ids.get("debt"))
                        .replace("/api/api-keys/{id}", "/api/api-keys/" + ids.get("apiKey"));
                assertThat(path).as("map the id of " + route.path() + " in this test").doesNotContain("{");
                String body = route.method().equals("GET") || route.method().equals("DELETE") ? null : body(route);
                var foreign = api.call(route.method(), path, body, bob);
                var problem = (com.fasterxml.jackson.databind.node.ObjectNode) ApiTestServer.assertProblem(foreign, 404);
                problem.remove("instance"); // the path bob sent, echoed back
                assertThat(problem.toString()).as("nothing of alice's leaks").doesNotContain(ids.values().toArray(String[]::new));
                checked.add(route.method() + " " + route.path());
            }
            assertThat(checked).hasSizeGreaterThanOrEqualTo(15);

            // the ids are real: their owner reaches every one of them (read routes, which change nothing)
            for (Route route : RouteTable.standard().routes()) {
                if (route.method().equals("GET") && route.path().contains("{")) {
                    String path = route.path().replace("{repoId}", ids.get("repository"))
                            .replace("/api/repos/{id}", "/api/repos/" + ids.get("repository"))
                            .replace("/api/scans/{id}", "/api/scans/" + ids.get("scan"))
                            .replace("/api/debt/{id}", "/api/debt/" + ids.get("debt"));
                    assertThat(api.call("GET", path, null, alice).statusCode()).as("alice: GET " + route.path()).isEqualTo(200);
                }
            }
        }
    }

    /** A body that would be valid for the owner, so that only ownership can refuse it. */
    private static String body(Route route) {
        return switch (route.function()) {
            case "patchRepositorySettings" -> "{\"autoScan\":false}";
            case "postScan" -> "{\"depth\":\"quick\"}";
            case "patchDebtItem" -> "{\"status\":\"acknowledged\",\"note\":\"seen\"}";
            case "postDebtFeedback" -> "{\"verdict\":\"valid\",\"reason\":\"true\"}";
            default -> "{}";
        };
    }

    private static Map<String, String> aliceObjects(ApiTestServer api, String alice, Path directory) throws Exception {
        JsonNode repository = json(api.call("POST", "/api/repos",
                "{\"provider\":\"local\",\"path\":\"" + BillingRepository.create(directory) + "\"}", alice));
        String repositoryId = repository.get("id").asText();
        String scanId = json(api.call("POST", "/api/repos/" + repositoryId + "/scans", "{}", alice)).get("id").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = "";
        while (Instant.now().isBefore(deadline) && !List.of("completed", "failed", "cancelled").contains(status)) {
            Thread.sleep(200);
            status = json(api.call("GET", "/api/scans/" + scanId, null, alice)).get("status").asText();
        }
        assertThat(status).isEqualTo("completed");
        JsonNode items = json(api.call("GET", "/api/repos/" + repositoryId + "/debt", null, alice)).get("items");
        assertThat(items).isNotEmpty();
        String apiKey = json(api.call("POST", "/api/api-keys", "{\"name\":\"ci\",\"scopes\":[\"read\"]}", alice)).get("id").asText();
        return Map.of("repository", repositoryId, "scan", scanId, "debt", items.get(0).get("id").asText(), "apiKey", apiKey);
    }
}
