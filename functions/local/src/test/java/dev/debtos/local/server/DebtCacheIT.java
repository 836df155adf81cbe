package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.auth.ApiKeyService;
import dev.debtos.platform.auth.ApiKeyStore;
import dev.debtos.platform.auth.Scope;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import io.lettuce.core.RedisConnectionException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-through cache of summary, hotspots, trends and the debt list's {@code total}: a repeated read is served
 * from Redis (even when the database changed behind the API's back), a status change or a newly completed scan
 * changes the answer, and with Redis unreachable every route still answers 200 from the database.
 */
class DebtCacheIT {

    private static HttpResponse<String> get(ApiTestServer api, String path, String token) throws Exception {
        var response = api.call("GET", path, null, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Cache").orElse("");
    }

    @Test
    void repeatedReadsComeFromTheCacheUntilAStatusChange() throws Exception {
        try (var api = ApiTestServer.start()) {
            String alice = api.login("alice");
            var fixtures = new LedgerFixtures(api.dataSource());
            UUID repository = fixtures.repository(fixtures.userId("alice"), "alice/cached");
            Map<String, UUID> ids = fixtures.seed(repository);
            String summary = "/api/repos/" + repository + "/summary";
            String trends = "/api/repos/" + repository + "/debt/trends?days=7";
            String hotspots = "/api/repos/" + repository + "/debt/hotspots";

            var first = get(api, summary, alice);
            assertThat(cache(first)).isEqualTo("miss");
            var second = get(api, summary, alice);
            assertThat(cache(second)).isEqualTo("hit");
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(cache(get(api, trends, alice))).isEqualTo("miss");
            assertThat(cache(get(api, trends, alice))).isEqualTo("hit");
            assertThat(cache(get(api, hotspots, alice))).isEqualTo("miss");
            assertThat(cache(get(api, hotspots, alice))).isEqualTo("hit");
            assertThat(cache(get(api, trends.replace("days=7", "days=8"), alice))).isEqualTo("miss");

            // Behind the API's back (no ledger version bump): the cached answer is still served.
            fixtures.update("UPDATE debt_items SET effort_minutes = 600 WHERE id = ?", ids.get("i2"));
            var stale = get(api, summary, alice);
            assertThat(cache(stale)).isEqualTo("hit");
            assertThat(json(stale).get("openEffortMinutes").asLong()).isEqualTo(170);

            var patch = api.call("PATCH", "/api/debt/" + ids.get("i2"), "{\"status\":\"wont_fix\"}", alice);
            assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
            var fresh = get(api, summary, alice);
            assertThat(cache(fresh)).isEqualTo("miss");
            assertThat(json(fresh).get("openEffortMinutes").asLong()).isEqualTo(155);
            assertThat(json(fresh).get("byStatus").get("wont_fix").asLong()).isEqualTo(2);
            var freshTrends = get(api, trends, alice);
            assertThat(cache(freshTrends)).isEqualTo("miss");
            assertThat(json(freshTrends).get("points").get(6).get("openTotal").asLong()).isEqualTo(4);
            assertThat(cache(get(api, summary, alice))).isEqualTo("hit");
        }
    }

    @Test
    void theListKeepsFirstPagesAndTotalsPerLedgerVersionAndFilterAndStaysExact() throws Exception {
        try (var api = ApiTestServer.start()) {
            String alice = api.login("alice");
            var fixtures = new LedgerFixtures(api.dataSource());
            UUID repository = fixtures.repository(fixtures.userId("alice"), "alice/listed");
            Map<String, UUID> ids = fixtures.seed(repository);
            String list = "/api/repos/" + repository + "/debt";

            var first = get(api, list + "?limit=2", alice);
            assertThat(cache(first)).isEqualTo("miss");
            assertThat(json(first).get("total").asLong()).isEqualTo(7);
            assertThat(json(first).get("nextOffset").asInt()).isEqualTo(2);
            var again = get(api, list + "?limit=2", alice);
            assertThat(cache(again)).isEqualTo("hit");
            assertThat(again.body()).isEqualTo(first.body());
            // A later page of the same filter, in any sort and order, is read now and shares the filter's total.
            var later = get(api, list + "?limit=2&offset=6&sort=age&order=asc", alice);
            assertThat(cache(later)).isEqualTo("hit");
            assertThat(json(later).get("total").asLong()).isEqualTo(7);
            assertThat(json(later).get("items")).hasSize(1);
            assertThat(json(later).get("nextOffset").isNull()).isTrue();

            String openOrPlanned = list + "?status=open,planned&limit=1";
            var open = get(api, openOrPlanned, alice);
            assertThat(cache(open)).isEqualTo("miss");
            assertThat(json(open).get("total").asLong()).isEqualTo(3);
            var respelled = get(api, list + "?status=planned&status=open&status=open&sort=effort&offset=1", alice);
            assertThat(cache(respelled)).isEqualTo("hit");
            assertThat(json(respelled).get("total").asLong()).isEqualTo(3);
            assertThat(json(respelled).get("items")).hasSize(2);
            assertThat(cache(get(api, list + "?status=open&offset=1", alice))).isEqualTo("miss");

            // Behind the API's back (no ledger version bump): the cached first page and total stay as they were,
            // while a later page is read now (i3, priority 5, is last among open and planned).
            fixtures.update("UPDATE debt_items SET status = 'open' WHERE id = ?", ids.get("i3"));
            var stale = get(api, openOrPlanned, alice);
            assertThat(cache(stale)).isEqualTo("hit");
            assertThat(stale.body()).isEqualTo(open.body());
            var live = json(get(api, openOrPlanned + "&offset=3", alice));
            assertThat(live.get("items").get(0).get("id").asText()).isEqualTo(ids.get("i3").toString());
            assertThat(live.get("total").asLong()).isEqualTo(3);
            fixtures.update("UPDATE debt_items SET status = 'acknowledged' WHERE id = ?", ids.get("i3"));

            var patch = api.call("PATCH", "/api/debt/" + ids.get("i2"), "{\"status\":\"wont_fix\"}", alice);
            assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
            var fresh = get(api, openOrPlanned, alice);
            assertThat(cache(fresh)).isEqualTo("miss");
            assertThat(json(fresh).get("total").asLong()).isEqualTo(2);
            var wontFix = json(get(api, list + "?status=wont_fix", alice));
            assertThat(wontFix.get("total").asLong()).isEqualTo(2);
            assertThat(wontFix.get("items")).extracting(item -> item.get("id").asText()).contains(ids.get("i2").toString());
            var all = get(api, list + "?limit=2", alice);
            assertThat(cache(all)).isEqualTo("miss");
            assertThat(json(all).get("total").asLong()).isEqualTo(7);
            assertThat(cache(get(api, openOrPlanned, alice))).isEqualTo("hit");
        }
    }

    @Test
    void aNewlyCompletedScanChangesTheAnswer(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Main.java"), "class Main { void run() { if (true) { } } } // TODO tidy\n");
        try (var api = ApiTestServer.start()) {
            String alice = api.login("alice");
            var fixtures = new LedgerFixtures(api.dataSource());
            UUID repository = new RepositoryStore(api.dataSource()).localRepository(dir.toRealPath()).id();
            fixtures.update("UPDATE repositories SET owner_id = ? WHERE id = ?", fixtures.userId("alice"), repository);
            UUID firstScan = scan(api, repository);
            String summary = "/api/repos/" + repository + "/summary";
            JsonNode before = json(get(api, summary, alice));
            assertThat(before.get("scanId").asText()).isEqualTo(firstScan.toString());
            assertThat(cache(get(api, summary, alice))).isEqualTo("hit");
            String list = "/api/repos/" + repository + "/debt?limit=1";
            long totalBefore = json(get(api, list, alice)).get("total").asLong();
            assertThat(totalBefore).isEqualTo(items(fixtures, repository));
            assertThat(cache(get(api, list, alice))).isEqualTo("hit");

            Files.writeString(dir.resolve("Other.java"), "class Other { int x; } // FIXME remove this hack\n");
            UUID secondScan = scan(api, repository);
            var after = get(api, summary, alice);
            assertThat(cache(after)).isEqualTo("miss");
            assertThat(json(after).get("scanId").asText()).isEqualTo(secondScan.toString());
            assertThat(json(after).get("codeLines").asLong()).isGreaterThan(before.get("codeLines").asLong());
            var listAfter = get(api, list, alice);
            assertThat(cache(listAfter)).isEqualTo("miss");
            assertThat(json(listAfter).get("total").asLong()).isEqualTo(items(fixtures, repository)).isGreaterThan(totalBefore);
        }
    }

    @Test
    void withRedisDownEveryCachedRouteAnswersFromTheDatabase() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var api = ApiTestServer.start(Map.of("REDIS_PORT", Integer.toString(closedPort)));
        try {
            api.login("carol"); // creates the user; bearer tokens fail closed without Redis, API keys do not use it
            var fixtures = new LedgerFixtures(api.dataSource());
            UUID carol = fixtures.userId("carol");
            String key = new ApiKeyService(new ApiKeyStore(api.dataSource()), Clock.systemUTC())
                    .create(carol, "it", Set.of(Scope.READ), Optional.empty()).plaintext();
            UUID repository = fixtures.repository(carol, "carol/offline");
            fixtures.seed(repository);
            for (String path : new String[] {"/summary", "/debt/hotspots", "/debt/trends?days=3", "/debt"}) {
                var response = api.call("GET", "/api/repos/" + repository + path, null, null, "X-API-Key", key);
                assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
                if (!path.equals("/debt")) {
                    assertThat(cache(response)).isEqualTo("miss");
                }
            }
            for (int i = 0; i < 2; i++) {
                var list = api.call("GET", "/api/repos/" + repository + "/debt?limit=2", null, null, "X-API-Key", key);
                assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
                assertThat(json(list).get("total").asLong()).isEqualTo(7);
                assertThat(json(list).get("items")).hasSize(2);
                assertThat(cache(list)).isEqualTo("miss");
            }
            var summary = api.call("GET", "/api/repos/" + repository + "/summary", null, null, "X-API-Key", key);
            assertThat(json(summary).get("openEffortMinutes").asLong()).isEqualTo(170);
            assertThat(cache(summary)).isEqualTo("miss");
        } finally {
            try {
                api.close();
            } catch (RedisConnectionException e) {
                // the fixture's clean-up of its Redis keys cannot reach Redis either; there is nothing to clean
            }
        }
    }

    private static long items(LedgerFixtures fixtures, UUID repository) throws Exception {
        return fixtures.count("SELECT count(*) FROM debt_items WHERE repository_id = ?", repository);
    }

    private static UUID scan(ApiTestServer api, UUID repository) throws Exception {
        var scans = new ScanStore(api.dataSource());
        var requested = new ScanRequests(scans, api.queue())
                .request(new ScanStore.NewScan(repository, "manual", null, null, null, null, "standard", null));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        var now = scans.find(requested.scan().id()).orElseThrow();
        while (!now.isFinal() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            now = scans.find(requested.scan().id()).orElseThrow();
        }
        assertThat(now.status()).as(String.valueOf(now.error())).isEqualTo(ScanStatus.COMPLETED);
        return now.id();
    }
}
