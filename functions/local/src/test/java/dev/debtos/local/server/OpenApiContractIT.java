package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.webhook.WebhookSignatures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the local runtime, called as a client would, each answer checked against the served OpenAPI
 * document by {@link OpenApiContract}: status documented, headers, media type, and body valid against the closed
 * schema. Alice connects a scanned local repository and a seeded GitHub ledger, signs in through GitHub and GitLab,
 * receives webhook deliveries, and meets the problems clients meet (400, 401, 403, 404, 409, 413, 415, 429). At the
 * end every documented success status of every operation has been seen, and every query parameter's documented
 * bounds and values have been shown to be the API's own (the bound answers, one past it is a 400).
 */
class OpenApiContractIT {
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Path EVENTS = Path.of("..", "..", "events", "webhooks");

    private ApiTestServer api;
    private OpenApiContract contract;

    @Test
    void everyRouteAnswersAsTheDocumentSays(@TempDir Path directory) throws Exception {
        try (var providers = new FakeOAuthProviders(); var server = ApiTestServer.start(environment(providers))) {
            api = server;
            var document = api.call("GET", "/api/openapi.json", null, null);
            contract = new OpenApiContract(ApiTestServer.json(document));
            contract.check("GET", "/api/openapi.json", null, document);

            for (String health : List.of("/api/health", "/api/health/db", "/api/health/redis")) {
                call("GET", health, null, null);
            }
            call("GET", "/api/auth/providers", null, null);
            String alice = json(call("POST", "/api/auth/local", "{\"login\":\"alice\"}", null)).get("token").asText();
            var me = (com.fasterxml.jackson.databind.node.ObjectNode) json(call("GET", "/api/auth/me", null, alice));
            theCheckCanFail(me);
            signIns();
            String apiKey = apiKeys(alice);

            var fixtures = new LedgerFixtures(api.dataSource());
            UUID scanned = repository(alice, directory);
            String scan = scans(alice, scanned, fixtures);
            UUID ledger = fixtures.repository(fixtures.userId("alice"), "octo-org/debt-demo");
            Map<String, UUID> seeded = fixtures.seed(ledger);
            debt(alice, scanned);
            debt(alice, ledger);
            String item = seeded.get("i1").toString();
            call("PATCH", "/api/debt/" + item, "{\"status\":\"acknowledged\",\"note\":\"seen\"}", alice);
            call("PATCH", "/api/debt/" + item, "{\"status\":\"open\"}", alice);
            call("PATCH", "/api/debt/" + seeded.get("i5"), "{\"status\":\"planned\"}", alice); // resolved → planned: 409
            call("POST", "/api/debt/" + item + "/feedback", "{\"verdict\":\"invalid\",\"reason\":\"generated code\"}", alice);
            embeddings(alice, ledger, fixtures);
            semantic(alice, scanned);
            webhooks(alice, ledger, fixtures);
            call("GET", "/api/audit?action=repository.connect&limit=5", null, alice);
            call("GET", "/api/audit", null, alice);
            problems(alice, apiKey, scan);
            queryParametersAreTheApisOwn(Map.of("{id}", scanned.toString(), "item", item), alice, scan);

            call("DELETE", "/api/repos/" + scanned, null, alice);
            call("POST", "/api/auth/logout", null, alice);
            call("GET", "/api/auth/me", null, alice); // the token is revoked: 401
            rateLimited();

            Map<String, Set<Integer>> missing = new java.util.TreeMap<>();
            contract.documentedSuccesses().forEach((operation, statuses) -> {
                Set<Integer> unseen = new TreeSet<>(statuses);
                unseen.removeAll(contract.seen().getOrDefault(operation, Set.of()));
                if (!unseen.isEmpty()) {
                    missing.put(operation, unseen);
                }
            });
            assertThat(missing).as("documented success answers this test never saw").isEmpty();
            Set<Integer> problems = new TreeSet<>();
            contract.seen().values().forEach(statuses -> statuses.stream().filter(s -> s >= 400).forEach(problems::add));
            assertThat(problems).containsAll(List.of(400, 401, 403, 404, 409, 413, 415, 429));
        }
    }

    /** Both sign-in providers on the fake, a generous per-caller limit and a small anonymous one. */
    private static Map<String, String> environment(FakeOAuthProviders providers) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "GITHUB_CLIENT_ID", FakeOAuthProviders.GITHUB_ID, "GITHUB_CLIENT_SECRET", FakeOAuthProviders.GITHUB_SECRET,
                "GITHUB_CALLBACK_URL", FakeOAuthProviders.GITHUB_CALLBACK, "GITHUB_BASE_URL", providers.githubBase(),
                "GITLAB_CLIENT_ID", FakeOAuthProviders.GITLAB_ID, "GITLAB_CLIENT_SECRET", FakeOAuthProviders.GITLAB_SECRET,
                "GITLAB_CALLBACK_URL", FakeOAuthProviders.GITLAB_CALLBACK, "GITLAB_BASE_URL", providers.gitlabBase()));
        env.putAll(Map.of("FRONTEND_URL", "http://127.0.0.1:1/app", "RATE_LIMIT_PER_MINUTE", "100000",
                "RATE_LIMIT_ANONYMOUS_PER_MINUTE", "60"));
        return env;
    }

    private HttpResponse<String> call(String method, String target, String body, String token, String... headers) throws Exception {
        return contract.check(method, target, body, api.call(method, target, body, token, headers));
    }

    /** The answer just checked, changed as drift would change it, no longer passes. */
    private void theCheckCanFail(com.fasterxml.jackson.databind.node.ObjectNode me) {
        assertThat(contract.violations("getMe", 200, me)).isEmpty();
        assertThat(contract.violations("getMe", 200, me.deepCopy().put("nickname", "al"))).as("an undocumented field").isNotEmpty();
        assertThat(contract.violations("getMe", 200, me.deepCopy().without("scopes"))).as("a missing field").isNotEmpty();
        assertThat(contract.violations("getMe", 200, me.deepCopy().put("authMethod", "cookie"))).as("outside the enum").isNotEmpty();
        assertThat(contract.violations("getMe", 200, me.deepCopy().put("id", "42"))).as("not a uuid").isNotEmpty();
        assertThat(contract.violations("getMe", 200, me.deepCopy().putNull("scopes"))).as("null where not nullable").isNotEmpty();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiTestServer.json(response);
    }

    private void signIns() throws Exception {
        for (String provider : List.of("github", "gitlab")) {
            var start = call("GET", "/api/auth/" + provider, null, null);
            String cookie = start.headers().firstValue("Set-Cookie").orElseThrow();
            var atProvider = BROWSER.send(HttpRequest.newBuilder(FakeOAuthProviders.location(start)).build(),
                    HttpResponse.BodyHandlers.ofString());
            URI back = FakeOAuthProviders.location(atProvider);
            var landed = call("GET", back.getRawPath() + "?" + back.getRawQuery(), null, null, "Cookie", cookie.substring(0, cookie.indexOf(';')));
            String landing = FakeOAuthProviders.location(landed).toString();
            String code = landing.substring(landing.indexOf("login_code=") + "login_code=".length());
            call("POST", "/api/auth/token", "{\"code\":\"" + code + "\"}", null);
        }
    }

    /** Creates, lists, uses and revokes a key; answers a read-only key for the 403 later. */
    private String apiKeys(String alice) throws Exception {
        String expires = Instant.now().plus(Duration.ofDays(30)).toString();
        JsonNode created = json(call("POST", "/api/api-keys",
                "{\"name\":\"ci\",\"scopes\":[\"read\",\"write\"],\"expiresAt\":\"" + expires + "\"}", alice));
        call("GET", "/api/auth/me", null, null, "X-API-Key", created.get("key").asText());
        call("GET", "/api/api-keys", null, alice);
        call("DELETE", "/api/api-keys/" + created.get("id").asText(), null, alice);
        return json(call("POST", "/api/api-keys", "{\"name\":\"reader\",\"scopes\":[\"read\"]}", alice)).get("key").asText();
    }

    private UUID repository(String alice, Path directory) throws Exception {
        String connect = "{\"provider\":\"local\",\"path\":\"" + BillingRepository.create(directory) + "\"}";
        String id = json(call("POST", "/api/repos", connect, alice)).get("id").asText();
        call("GET", "/api/repos", null, alice);
        call("GET", "/api/repos/" + id, null, alice);
        call("PATCH", "/api/repos/" + id + "/settings",
                "{\"autoScan\":false,\"schedule\":\"daily\",\"include\":[\"**/*.java\"],\"thresholds\":{\"cyclomatic\":12,\"hotspotScore\":0.5}}", alice);
        call("PATCH", "/api/repos/" + id + "/settings", "{\"schedule\":null,\"include\":null}", alice);
        call("POST", "/api/repos/" + id + "/sync", null, alice);
        return UUID.fromString(id);
    }

    /** A completed scan with its results and SARIF, and a queued one cancelled; answers the completed scan's id. */
    private String scans(String alice, UUID repository, LedgerFixtures fixtures) throws Exception {
        String scan = json(call("POST", "/api/repos/" + repository + "/scans", "{\"depth\":\"standard\"}", alice)).get("id").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = "";
        String embeddings = "embedding";
        // completed, and its embedding batches (which the semantic routes search) done by the runtime's embedding worker
        while (Instant.now().isBefore(deadline)
                && (!List.of("completed", "failed", "cancelled").contains(status) || "embedding".equals(embeddings))) {
            Thread.sleep(200);
            JsonNode body = json(call("GET", "/api/scans/" + scan, null, alice));
            status = body.get("status").asText();
            embeddings = body.path("stats").path("embeddings").path("state").asText();
        }
        assertThat(status).isEqualTo("completed");
        assertThat(embeddings).isEqualTo("complete");
        call("GET", "/api/repos/" + repository + "/scans", null, alice);
        call("GET", "/api/scans/" + scan + "/results?limit=5", null, alice);
        call("GET", "/api/scans/" + scan + "/sarif", null, alice);
        // a queued scan no worker has seen (no message was sent), so the cancel cannot race a worker
        UUID queued = fixtures.insert("INSERT INTO scans (repository_id, status, trigger) VALUES (?, 'queued', 'manual') RETURNING id",
                repository);
        call("DELETE", "/api/scans/" + queued, null, alice);
        return scan;
    }

    private void debt(String alice, UUID repository) throws Exception {
        String base = "/api/repos/" + repository;
        JsonNode page = json(call("GET", base + "/debt", null, alice));
        call("GET", base + "/debt", null, alice); // the cached answer
        call("GET", base + "/debt?severity=critical&severity=high,medium&status=open&type=complexity&path=src/**&q=a&sort=age"
                + "&order=asc&limit=2&offset=1", null, alice);
        call("GET", base + "/debt/hotspots?limit=3", null, alice);
        call("GET", base + "/debt/trends?days=7", null, alice);
        call("GET", base + "/summary", null, alice);
        call("GET", base + "/summary", null, alice);
        for (JsonNode item : page.get("items")) {
            call("GET", "/api/debt/" + item.get("id").asText(), null, alice);
        }
    }

    private void embeddings(String alice, UUID repository, LedgerFixtures fixtures) throws Exception {
        String vector = "[" + "1.0" + ",0.0".repeat(383) + "]";
        fixtures.update("""
                INSERT INTO file_embeddings (repository_id, path, chunk_index, start_line, end_line, content_hash, embedding, model)
                VALUES (?, 'src/main/java/App.java', 0, 1, 10, 'hash', ?::vector, 'all-minilm-l6-v2')""", repository, vector);
        call("POST", "/api/embeddings/search", "{\"repoId\":\"" + repository + "\",\"vector\":" + vector + ",\"limit\":3}", alice);
        call("GET", "/api/embeddings/status", null, alice);
        call("GET", "/api/embeddings/stats/" + repository, null, alice);
    }

    /** The scanned repository was embedded by the runtime's worker: search it by text, and its items' neighbours. */
    private void semantic(String alice, UUID scanned) throws Exception {
        JsonNode found = json(call("POST", "/api/embeddings/search", "{\"repoId\":\"" + scanned
                + "\",\"query\":\"charge a customer\",\"paths\":[\"*.java\"],\"languages\":[\"java\"],\"limit\":2}", alice));
        assertThat(found.get("items")).isNotEmpty();
        JsonNode page = json(call("GET", "/api/repos/" + scanned + "/debt", null, alice));
        for (JsonNode item : page.get("items")) {
            call("GET", "/api/debt/" + item.get("id").asText() + "/similar?limit=3", null, alice);
        }
    }

    /** Deliveries that queue nothing (pushes are switched off), so no worker reaches for a provider. */
    private void webhooks(String alice, UUID github, LedgerFixtures fixtures) throws Exception {
        UUID gitlab = fixtures.insert("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES (?, 'gitlab', "
                + "'platform/backend/debt-demo', 'https://gitlab.com/platform/backend/debt-demo.git') RETURNING id", fixtures.userId("alice"));
        for (UUID repository : List.of(github, gitlab)) {
            call("PATCH", "/api/repos/" + repository + "/settings", "{\"scanOnPush\":false,\"scanOnPr\":false}", alice);
        }
        String githubSecret = json(call("POST", "/api/repos/" + github + "/webhook-secret", null, alice)).get("secret").asText();
        String gitlabSecret = json(call("POST", "/api/repos/" + gitlab + "/webhook-secret", null, alice)).get("secret").asText();
        for (String event : List.of("ping", "push", "push")) { // pong, ignored, then the same delivery again: duplicate
            String body = Files.readString(EVENTS.resolve("github/" + event + ".json"), StandardCharsets.UTF_8);
            String signature = "sha256=" + HexFormat.of().formatHex(WebhookSignatures.hmacSha256(githubSecret, body.getBytes(StandardCharsets.UTF_8)));
            call("POST", "/api/webhooks/github", body, null, "X-GitHub-Event", event, "X-GitHub-Delivery", "delivery-" + event,
                    "X-Hub-Signature-256", signature);
        }
        String push = Files.readString(EVENTS.resolve("gitlab/push-hook.json"), StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            call("POST", "/api/webhooks/gitlab", push, null, "X-Gitlab-Event", "Push Hook", "X-Gitlab-Token", gitlabSecret,
                    "Idempotency-Key", "gitlab-delivery-1");
        }
        var form = BROWSER.send(HttpRequest.newBuilder(api.uri("/api/webhooks/github")).POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-GitHub-Event", "push").build(),
                HttpResponse.BodyHandlers.ofString());
        contract.check("POST", "/api/webhooks/github", null, form); // 415: only JSON deliveries are signed as parsed
    }

    private void problems(String alice, String readOnlyKey, String scan) throws Exception {
        call("GET", "/api/repos/" + UUID.randomUUID(), null, alice); // 404
        call("GET", "/api/repos/not-a-uuid", null, alice); // 400
        call("POST", "/api/repos", "{\"provider\":\"local\",\"colour\":\"blue\"}", alice); // 400: the body is closed
        call("DELETE", "/api/scans/" + scan, null, alice); // completed: 409
        call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"a/b\"}", null, "X-API-Key", readOnlyKey); // 403
        call("POST", "/api/repos", "{\"provider\":\"" + "x".repeat(70_000) + "\"}", alice); // 413
        call("GET", "/api/repos", null, null); // 401
    }

    /**
     * For each query parameter of the GET routes (sign-in callbacks aside): an integer's documented minimum and
     * maximum are answered and one beyond each is a 400; an enumerated value outside the enum is a 400.
     */
    private void queryParametersAreTheApisOwn(Map<String, String> ids, String alice, String scan) throws Exception {
        int checked = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) contract.document().get("paths").properties()::iterator) {
            JsonNode get = path.getValue().get("get");
            if (get == null || !get.has("parameters") || path.getKey().startsWith("/api/auth/")) {
                continue;
            }
            String target = path.getKey().replace("/api/scans/{id}", "/api/scans/" + scan)
                    .replace("/api/debt/{id}", "/api/debt/" + ids.get("item")).replace("{id}", ids.get("{id}"));
            for (JsonNode parameter : get.get("parameters")) {
                if (!parameter.get("in").asText().equals("query")) {
                    continue;
                }
                String name = parameter.get("name").asText();
                JsonNode schema = parameter.get("schema");
                JsonNode values = schema.has("items") ? schema.get("items").get("enum") : schema.get("enum");
                if (schema.has("maximum")) {
                    long minimum = schema.get("minimum").asLong();
                    long maximum = schema.get("maximum").asLong();
                    assertThat(call("GET", target + "?" + name + "=" + maximum, null, alice).statusCode()).isEqualTo(200);
                    assertThat(call("GET", target + "?" + name + "=" + minimum, null, alice).statusCode()).isEqualTo(200);
                    assertThat(call("GET", target + "?" + name + "=" + (maximum + 1), null, alice).statusCode()).isEqualTo(400);
                    assertThat(call("GET", target + "?" + name + "=" + (minimum - 1), null, alice).statusCode()).isEqualTo(400);
                    checked++;
                } else if (values != null) {
                    assertThat(call("GET", target + "?" + name + "=" + values.get(values.size() - 1).asText(), null, alice).statusCode())
                            .isEqualTo(200);
                    assertThat(call("GET", target + "?" + name + "=not-a-value", null, alice).statusCode()).isEqualTo(400);
                    checked++;
                }
            }
        }
        assertThat(checked).as("bounded or enumerated query parameters checked").isGreaterThanOrEqualTo(15);
    }

    /** Anonymous requests spend the client IP's bucket (60 a minute here) until a 429 says when to retry. */
    private void rateLimited() throws Exception {
        for (int i = 0; i < 200; i++) {
            var response = call("GET", "/api/api-keys", null, null);
            if (response.statusCode() == 429) {
                assertThat(Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow())).isPositive();
                return;
            }
        }
        throw new AssertionError("no 429 after 200 anonymous requests");
    }
}
