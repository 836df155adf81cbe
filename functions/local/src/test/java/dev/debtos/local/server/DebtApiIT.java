package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The debt routes over HTTP against {@link LedgerFixtures}' known ledger (one repository per test): filters, sorts
 * and pagination with exact results, the status workflow, feedback, hotspot/trend/summary numbers, ownership.
 */
class DebtApiIT {
    private static final AtomicInteger REPOSITORIES = new AtomicInteger();
    private static ApiTestServer api;
    private static LedgerFixtures fixtures;
    private static String alice;
    private static String bob;
    private static UUID aliceId;

    @BeforeAll
    static void start() throws Exception {
        api = ApiTestServer.start();
        fixtures = new LedgerFixtures(api.dataSource());
        alice = api.login("alice");
        bob = api.login("bob");
        aliceId = fixtures.userId("alice");
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private record Seeded(UUID repository, Map<String, UUID> ids) {
        String name(String id) {
            return ids.entrySet().stream().filter(e -> e.getValue().toString().equals(id)).map(Map.Entry::getKey).findFirst().orElse(id);
        }
    }

    private static Seeded seed() throws Exception {
        UUID repository = fixtures.repository(aliceId, "alice/shop-" + REPOSITORIES.incrementAndGet());
        return new Seeded(repository, fixtures.seed(repository));
    }

    private static List<String> names(Seeded seeded, JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(seeded.name(item.get("id").asText())));
        return names;
    }

    private static JsonNode ok(String method, String path, String body, String token) throws Exception {
        var response = api.call(method, path, body, token);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<String> list(Seeded seeded, String query) throws Exception {
        return names(seeded, ok("GET", "/api/repos/" + seeded.repository() + "/debt" + query, null, alice).get("items"));
    }

    @Test
    void listFiltersByTypeSeverityStatusPathAndText() throws Exception {
        Seeded s = seed();
        JsonNode all = ok("GET", "/api/repos/" + s.repository() + "/debt", null, alice);
        assertThat(names(s, all.get("items"))).containsExactly("i4", "i1", "i7", "i2", "i3", "i6", "i5");
        assertThat(all.get("total").asLong()).isEqualTo(7);
        assertThat(all.get("items").get(0).get("title").asText()).isEqualTo("Hardcoded secret token");
        assertThat(all.get("items").get(0).has("evidence")).isFalse();

        assertThat(list(s, "?status=open&status=acknowledged")).containsExactly("i1", "i2", "i3");
        assertThat(list(s, "?severity=medium,low")).containsExactly("i7", "i2", "i3", "i6");
        assertThat(list(s, "?type=complexity")).containsExactly("i1", "i7");
        assertThat(list(s, "?type=complexity&severity=medium")).containsExactly("i7");
        assertThat(list(s, "?path=src/**/*.java")).containsExactly("i1", "i7", "i2", "i3", "i5");
        assertThat(list(s, "?path=src/main/java/*.java")).containsExactly("i1", "i3");
        assertThat(list(s, "?path=*.js")).containsExactly("i4");
        assertThat(list(s, "?q=SECRET")).containsExactly("i4");
        assertThat(list(s, "?q=strings.java")).containsExactly("i7", "i2");
        assertThat(list(s, "?q=100%25")).isEmpty();
        JsonNode filtered = ok("GET", "/api/repos/" + s.repository() + "/debt?status=open", null, alice);
        assertThat(filtered.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void listSortsAndPaginates() throws Exception {
        Seeded s = seed();
        assertThat(list(s, "?order=asc")).containsExactly("i5", "i6", "i3", "i2", "i7", "i1", "i4");
        assertThat(list(s, "?sort=severity")).containsExactly("i4", "i1", "i7", "i2", "i6", "i3", "i5");
        assertThat(list(s, "?sort=severity&order=asc")).containsExactly("i5", "i3", "i7", "i2", "i6", "i1", "i4");
        assertThat(list(s, "?sort=effort")).containsExactly("i1", "i7", "i4", "i3", "i2", "i6", "i5");
        assertThat(list(s, "?sort=age")).containsExactly("i1", "i2", "i3", "i4", "i5", "i6", "i7");
        assertThat(list(s, "?sort=age&order=asc")).containsExactly("i7", "i6", "i5", "i4", "i3", "i2", "i1");

        String base = "/api/repos/" + s.repository() + "/debt?limit=3";
        JsonNode first = ok("GET", base, null, alice);
        assertThat(names(s, first.get("items"))).containsExactly("i4", "i1", "i7");
        assertThat(first.get("total").asLong()).isEqualTo(7);
        assertThat(first.get("nextOffset").asInt()).isEqualTo(3);
        JsonNode second = ok("GET", base + "&offset=3", null, alice);
        assertThat(names(s, second.get("items"))).containsExactly("i2", "i3", "i6");
        assertThat(second.get("nextOffset").asInt()).isEqualTo(6);
        JsonNode last = ok("GET", base + "&offset=6", null, alice);
        assertThat(names(s, last.get("items"))).containsExactly("i5");
        assertThat(last.get("nextOffset").isNull()).isTrue();
        assertThat(ok("GET", base + "&offset=50", null, alice).get("items")).isEmpty();
    }

    @Test
    void detailShowsEvidenceAndHistoryNewestFirst() throws Exception {
        Seeded s = seed();
        JsonNode item = ok("GET", "/api/debt/" + s.ids().get("i7"), null, alice);
        assertThat(item.get("status").asText()).isEqualTo("planned");
        assertThat(item.has("evidence")).isTrue();
        assertThat(item.get("events")).extracting(e -> e.get("kind").asText()).containsExactly("status_change", "detected");
        assertThat(item.get("events").get(0).get("fromStatus").asText()).isEqualTo("open");
        assertThat(item.get("events").get(0).get("toStatus").asText()).isEqualTo("planned");
    }

    @Test
    void statusWorkflowAllowsTheDocumentedTransitionsAndRefusesOthersWith409() throws Exception {
        Seeded s = seed();
        String i1 = "/api/debt/" + s.ids().get("i1");
        JsonNode resolved = ok("PATCH", i1, "{\"status\":\"resolved\",\"note\":\"split the method\"}", alice);
        assertThat(resolved.get("status").asText()).isEqualTo("resolved");
        assertThat(resolved.get("resolvedAt").isNull()).isFalse();
        assertThat(resolved.get("event").get("kind").asText()).isEqualTo("status_change");
        assertThat(resolved.get("event").get("actorId").asText()).isEqualTo(aliceId.toString());
        assertThat(resolved.get("event").get("note").asText()).isEqualTo("split the method");
        assertThat(resolved.get("allowedTransitions")).as("from resolved only back to open").extracting(JsonNode::asText)
                .containsExactly("open");

        var illegal = api.call("PATCH", i1, "{\"status\":\"planned\"}", alice);
        JsonNode problem = assertProblem(illegal, 409);
        assertThat(problem.get("detail").asText()).contains("from resolved to planned").contains("open");
        var same = api.call("PATCH", i1, "{\"status\":\"resolved\"}", alice);
        assertProblem(same, 409);

        JsonNode reopened = ok("PATCH", i1, "{\"status\":\"open\"}", alice);
        assertThat(reopened.get("resolvedAt").isNull()).isTrue();
        assertThat(ok("GET", i1, null, alice).get("allowedTransitions")).extracting(JsonNode::asText)
                .containsExactly("acknowledged", "planned", "in_progress", "resolved", "wont_fix");
        assertThat(ok("PATCH", i1, "{\"status\":\"in_progress\"}", alice).get("status").asText()).isEqualTo("in_progress");
        assertProblem(api.call("PATCH", i1, "{\"status\":\"acknowledged\"}", alice), 409);
        assertProblem(api.call("PATCH", "/api/debt/" + s.ids().get("i6"), "{\"status\":\"resolved\"}", alice), 409);
        assertThat(ok("PATCH", "/api/debt/" + s.ids().get("i6"), "{\"status\":\"open\"}", alice).get("status").asText()).isEqualTo("open");

        JsonNode history = ok("GET", i1, null, alice).get("events");
        assertThat(history).extracting(e -> e.get("toStatus").asText()).containsExactly("in_progress", "open", "resolved", "open");
        assertThat(count("SELECT count(*) FROM debt_items WHERE id = '" + s.ids().get("i1")
                + "' AND status = 'in_progress' AND resolved_at IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'debt_item.status_change' AND target_id = '"
                + s.ids().get("i1") + "'")).isEqualTo(3);
    }

    @Test
    void feedbackIsRecordedAsAnEvent() throws Exception {
        Seeded s = seed();
        var response = api.call("POST", "/api/debt/" + s.ids().get("i2") + "/feedback",
                "{\"verdict\":\"invalid\",\"reason\":\"generated code\"}", alice);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode event = json(response);
        assertThat(event.get("kind").asText()).isEqualTo("feedback");
        assertThat(event.get("payload").get("verdict").asText()).isEqualTo("invalid");
        assertThat(event.get("note").asText()).isEqualTo("generated code");
        JsonNode item = ok("GET", "/api/debt/" + s.ids().get("i2"), null, alice);
        assertThat(item.get("status").asText()).isEqualTo("open");
        assertThat(item.get("events").get(0).get("kind").asText()).isEqualTo("feedback");
        assertThat(api.call("POST", "/api/debt/" + s.ids().get("i2") + "/feedback", "{\"verdict\":\"valid\"}", alice).statusCode())
                .isEqualTo(201);
    }

    @Test
    void hotspotsAreTheScansOwnScoresHighestFirst() throws Exception {
        Seeded s = seed();
        // A pull-request scan completed later snapshots the PR's head and leaves the ledger alone: not "the latest scan".
        UUID prScan = fixtures.insert("""
                INSERT INTO scans (repository_id, status, trigger, pr_number, base_sha, created_at, started_at, finished_at)
                VALUES (?, 'completed', 'webhook_pr', 7, repeat('a', 40), now(), now(), now()) RETURNING id""", s.repository());
        fixtures.update("INSERT INTO file_snapshots (scan_id, path, loc, complexity, churn, content_hash) VALUES (?, 'pr/Only.java', 9, 99, 99, 'h')",
                prScan);
        JsonNode hotspots = ok("GET", "/api/repos/" + s.repository() + "/debt/hotspots", null, alice);
        assertThat(hotspots.get("scanId").asText()).isEqualTo(s.ids().get("s2").toString());
        JsonNode items = hotspots.get("items");
        assertThat(items).extracting(i -> i.get("path").asText())
                .containsExactly("src/main/java/util/Strings.java", "src/main/java/App.java", "web/app.js");
        assertThat(items).extracting(i -> i.get("score").asDouble()).containsExactly(0.25, 0.2, 0.04);
        assertThat(items).extracting(i -> i.get("openFindings").asLong()).containsExactly(2L, 2L, 1L);
        assertThat(items.get(0).get("churn").asInt()).isEqualTo(50);
        assertThat(items.get(0).get("complexity").asInt()).isEqualTo(5);
        assertThat(ok("GET", "/api/repos/" + s.repository() + "/debt/hotspots?limit=1", null, alice).get("items")).hasSize(1);
    }

    @Test
    void trendsRebuildOpenTotalsPerDay() throws Exception {
        Seeded s = seed();
        JsonNode points = ok("GET", "/api/repos/" + s.repository() + "/debt/trends?days=3", null, alice).get("points");
        assertThat(points).hasSize(3);
        assertThat(points).extracting(p -> p.get("openTotal").asLong()).containsExactly(5L, 4L, 5L);
        assertThat(points).extracting(p -> p.get("open").get("info").asLong()).containsExactly(1L, 0L, 0L);
        assertThat(points).extracting(p -> p.get("open").get("medium").asLong()).containsExactly(1L, 1L, 2L);
        assertThat(points).extracting(p -> p.get("detected").asLong()).containsExactly(0L, 0L, 1L);
        assertThat(points).extracting(p -> p.get("resolved").asLong()).containsExactly(0L, 1L, 0L);
        assertThat(points).extracting(p -> p.get("scans").asInt()).containsExactly(1, 0, 1);
        assertThat(points).extracting(p -> p.get("rating").asText()).containsExactly("B", "null", "C");
        assertThat(points.get(2).get("debtRatio").asDouble()).isEqualTo(0.12);
        assertThat(ok("GET", "/api/repos/" + s.repository() + "/debt/trends", null, alice).get("points")).hasSize(30);
    }

    @Test
    void summaryGivesRatioRatingTotalsAndPlan() throws Exception {
        Seeded s = seed();
        JsonNode summary = ok("GET", "/api/repos/" + s.repository() + "/summary", null, alice);
        assertThat(summary.get("scanId").asText()).isEqualTo(s.ids().get("s2").toString());
        assertThat(summary.get("codeLines").asLong()).isEqualTo(200);
        assertThat(summary.get("openItems").asLong()).isEqualTo(5);
        assertThat(summary.get("openEffortMinutes").asLong()).isEqualTo(170);
        assertThat(summary.get("debtRatio").asDouble()).isEqualTo(0.0283);
        assertThat(summary.get("rating").asText()).isEqualTo("A");
        assertThat(summary.get("bySeverity").toString()).isEqualTo("{\"critical\":1,\"high\":1,\"medium\":2,\"low\":1,\"info\":0}");
        assertThat(summary.get("byType").get("complexity").asLong()).isEqualTo(2);
        assertThat(summary.get("byType").get("missing_docs").asLong()).isZero();
        assertThat(summary.get("byStatus").toString())
                .isEqualTo("{\"open\":2,\"acknowledged\":1,\"planned\":1,\"in_progress\":1,\"resolved\":1,\"wont_fix\":1,"
                        + "\"suppressed\":0}");
        assertThat(ok("GET", "/api/repos/" + s.repository() + "/debt?status=suppressed", null, alice).get("items"))
                .as("suppressed items are listed on request").isEmpty();
        JsonNode plan = summary.get("plan");
        assertThat(plan).extracting(p -> p.get("name").asText()).containsExactly("quick_wins", "strategic", "deferrable");
        assertThat(plan).extracting(p -> p.get("items").asLong()).containsExactly(1L, 2L, 2L);
        assertThat(plan).extracting(p -> p.get("effortMinutes").asLong()).containsExactly(30L, 105L, 35L);
        assertThat(names(s, plan.get(1).get("top"))).containsExactly("i1", "i7");
        assertThat(names(s, plan.get(2).get("top"))).containsExactly("i2", "i3");
    }

    @Test
    void statusChangesKeepTheSummaryEqualToAFreshCount() throws Exception {
        Seeded s = seed();
        ok("PATCH", "/api/debt/" + s.ids().get("i1"), "{\"status\":\"acknowledged\"}", alice); // stays unresolved
        ok("PATCH", "/api/debt/" + s.ids().get("i4"), "{\"status\":\"resolved\"}", alice); // leaves the open debt
        JsonNode summary = ok("GET", "/api/repos/" + s.repository() + "/summary", null, alice);
        assertThat(summary.get("openItems").asLong()).isEqualTo(4);
        assertThat(summary.get("openEffortMinutes").asLong()).isEqualTo(140);
        assertThat(summary.get("bySeverity").toString()).isEqualTo("{\"critical\":0,\"high\":1,\"medium\":2,\"low\":1,\"info\":0}");
        assertThat(summary.get("byStatus").toString())
                .isEqualTo("{\"open\":1,\"acknowledged\":2,\"planned\":1,\"in_progress\":0,\"resolved\":2,\"wont_fix\":1,"
                        + "\"suppressed\":0}");
        for (String status : List.of("open", "acknowledged", "planned", "in_progress", "resolved", "wont_fix", "suppressed")) {
            assertThat(summary.get("byStatus").get(status).asLong()).as(status).isEqualTo(fixtures.count(
                    "SELECT count(*) FROM debt_items WHERE repository_id = ? AND status = ?", s.repository(), status));
        }
        // the median of 20, 12, 9, 5 is 9: i2 is a quick win, i1 and i7 strategic, i3 deferrable
        JsonNode plan = summary.get("plan");
        assertThat(plan).extracting(p -> p.get("items").asLong()).containsExactly(1L, 2L, 1L);
        assertThat(plan).extracting(p -> p.get("effortMinutes").asLong()).containsExactly(15L, 105L, 20L);
        assertThat(names(s, plan.get(0).get("top"))).containsExactly("i2");
        JsonNode today = ok("GET", "/api/repos/" + s.repository() + "/debt/trends?days=1", null, alice).get("points").get(0);
        assertThat(today.get("openTotal").asLong()).isEqualTo(4);
    }

    @Test
    void everyRouteAnswers404ForAnotherUsersObjectsAndMissingOnes() throws Exception {
        Seeded s = seed();
        String missing = UUID.randomUUID().toString();
        for (String id : List.of(s.repository().toString(), missing)) {
            for (String path : List.of("/debt", "/debt/hotspots", "/debt/trends", "/summary")) {
                assertProblem(api.call("GET", "/api/repos/" + id + path, null, bob), 404);
            }
        }
        for (String id : List.of(s.ids().get("i1").toString(), missing)) {
            assertProblem(api.call("GET", "/api/debt/" + id, null, bob), 404);
            assertProblem(api.call("PATCH", "/api/debt/" + id, "{\"status\":\"resolved\"}", bob), 404);
            assertProblem(api.call("POST", "/api/debt/" + id + "/feedback", "{\"verdict\":\"valid\"}", bob), 404);
        }
        assertThat(count("SELECT count(*) FROM debt_items WHERE id = '" + s.ids().get("i1") + "' AND status = 'open'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM debt_item_events WHERE kind = 'feedback' AND debt_item_id = '" + s.ids().get("i1") + "'"))
                .isZero();
        assertThat(api.call("GET", "/api/repos/" + s.repository() + "/debt", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedInputIsA400NamingTheField() throws Exception {
        Seeded s = seed();
        String repo = "/api/repos/" + s.repository();
        String item = "/api/debt/" + s.ids().get("i1");
        Map<String, String> gets = Map.ofEntries(
                Map.entry("/api/repos/not-a-uuid/debt", "id"), Map.entry("/api/debt/12345", "id"),
                Map.entry("/api/repos/not-a-uuid/summary", "id"),
                Map.entry(repo + "/debt?severity=urgent", "severity"), Map.entry(repo + "/debt?type=smell", "type"),
                Map.entry(repo + "/debt?status=closed", "status"), Map.entry(repo + "/debt?sort=name", "sort"),
                Map.entry(repo + "/debt?order=up", "order"), Map.entry(repo + "/debt?limit=1000", "limit"),
                Map.entry(repo + "/debt?limit=0", "limit"), Map.entry(repo + "/debt?offset=-1", "offset"),
                Map.entry(repo + "/debt?limit=abc", "limit"), Map.entry(repo + "/debt?q=" + "x".repeat(201), "q"),
                Map.entry(repo + "/debt/trends?days=0", "days"), Map.entry(repo + "/debt/trends?days=366", "days"),
                Map.entry(repo + "/debt/hotspots?limit=1000", "limit"));
        for (var entry : gets.entrySet()) {
            JsonNode problem = assertProblem(api.call("GET", entry.getKey(), null, alice), 400);
            assertThat(problem.get("detail").asText()).as(entry.getKey()).startsWith(entry.getValue() + ":");
        }
        Map<String, String> patches = Map.of("{\"status\":", "body", "[1]", "body", "{}", "status", "{\"status\":7}", "status",
                "{\"status\":\"closed\"}", "status", "{\"status\":\"open\",\"note\":5}", "note");
        for (var entry : patches.entrySet()) {
            JsonNode problem = assertProblem(api.call("PATCH", item, entry.getKey(), alice), 400);
            assertThat(problem.get("detail").asText()).as(entry.getKey()).startsWith(entry.getValue() + ":");
        }
        assertThat(assertProblem(api.call("POST", item + "/feedback", "{\"verdict\":\"maybe\"}", alice), 400)
                .get("detail").asText()).startsWith("verdict:");
        assertThat(assertProblem(api.call("POST", item + "/feedback", "not json", alice), 400).get("detail").asText()).startsWith("body:");
        assertThat(assertProblem(api.call("PATCH", "/api/debt/nope", "{\"status\":\"open\"}", alice), 400)
                .get("detail").asText()).startsWith("id:");
    }

    private static long count(String sql) throws Exception {
        try (var connection = api.dataSource().getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
