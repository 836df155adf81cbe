package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/audit: admin scope, the caller's own trail (and actor-less entries on their objects), filters, pages. */
class AuditApiIT {

    private static List<String> actions(JsonNode page) {
        List<String> actions = new ArrayList<>();
        page.get("items").forEach(item -> actions.add(item.get("action").asText()));
        return actions;
    }

    @Test
    void aCallerSeesTheirOwnTrailNewestFirstAndNobodyElses() throws Exception {
        try (var api = ApiTestServer.start()) {
            String alice = api.login("alice");
            String bob = api.login("bob");
            var fixtures = new LedgerFixtures(api.dataSource());
            UUID aliceId = fixtures.userId("alice");
            UUID bobId = fixtures.userId("bob");
            UUID aliceRepo = fixtures.repository(aliceId, "alice/audited");
            UUID bobRepo = fixtures.repository(bobId, "bob/audited");
            var ids = fixtures.seed(aliceRepo);
            var patch = api.call("PATCH", "/api/debt/" + ids.get("i1"), "{\"status\":\"acknowledged\"}", alice);
            assertThat(patch.statusCode()).isEqualTo(200);
            var key = api.call("POST", "/api/api-keys", "{\"name\":\"ci\",\"scopes\":[\"read\"]}", alice);
            assertThat(key.statusCode()).isEqualTo(201);
            String readOnlyKey = json(key).get("key").asText();
            var bobKey = api.call("POST", "/api/api-keys", "{\"name\":\"bob\",\"scopes\":[\"read\"]}", bob);
            assertThat(bobKey.statusCode()).isEqualTo(201);
            String insert = "INSERT INTO audit_log (actor_id, action, target_type, target_id, success, created_at)"
                    + " VALUES (?, ?, 'repository', ?, true, now() + interval '1 second') RETURNING id";
            fixtures.insert(insert, null, "scan.trigger", aliceRepo.toString());
            fixtures.insert(insert, null, "scan.trigger", bobRepo.toString());
            fixtures.insert(insert, bobId, "repository.probe", aliceRepo.toString());

            var response = api.call("GET", "/api/audit", null, alice);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = json(response);
            assertThat(actions(page)).containsExactly("scan.trigger", "api_key.create", "debt_item.status_change", "auth.login");
            assertThat(page.get("total").asLong()).isEqualTo(4);
            assertThat(page.get("items").get(0).get("targetId").asText()).isEqualTo(aliceRepo.toString());
            assertThat(page.get("items").get(3).get("actorId").asText()).isEqualTo(aliceId.toString());

            assertThat(actions(json(api.call("GET", "/api/audit?action=api_key.create", null, alice)))).containsExactly("api_key.create");
            assertThat(json(api.call("GET", "/api/audit?actor=" + bobId, null, alice)).get("items")).isEmpty();
            JsonNode second = json(api.call("GET", "/api/audit?limit=2&offset=2", null, alice));
            assertThat(actions(second)).containsExactly("debt_item.status_change", "auth.login");
            assertThat(actions(json(api.call("GET", "/api/audit", null, bob))))
                    .containsExactly("repository.probe", "scan.trigger", "api_key.create", "auth.login");

            assertProblem(api.call("GET", "/api/audit", null, null, "X-API-Key", readOnlyKey), 403);
            assertThat(api.call("GET", "/api/audit", null, null).statusCode()).isEqualTo(401);
            for (String[] c : new String[][] {{"?action=DROP%20TABLE", "action"}, {"?actor=me", "actor"}, {"?limit=1000", "limit"},
                    {"?offset=x", "offset"}}) {
                assertThat(assertProblem(api.call("GET", "/api/audit" + c[0], null, alice), 400).get("detail").asText())
                        .startsWith(c[1] + ":");
            }
        }
    }
}
