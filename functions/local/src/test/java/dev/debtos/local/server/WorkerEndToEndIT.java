package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.JSON;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.auth.OAuthIdentityStore;
import dev.debtos.platform.crypto.SecretBox;
import dev.debtos.platform.webhook.WebhookSignatures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans end to end on the local runtime (API, ElasticMQ, worker poller): a GitHub repository {@code acme/shop}
 * whose clone URL is a JGit repository in a temp dir (CLONE_ALLOW_FILE_URLS, honoured on the local profile only) is
 * scanned manually (POST /api/repos/{id}/scans, polled through GET /api/scans/{id}), then by a signed push delivery (incremental: the unchanged file's measurement is reused, the
 * ledger resolves and opens items), then by a signed pull-request delivery (a PR scan: added findings and the gate
 * verdict in its stats, the ledger untouched, comment and commit status sent to a fake GitHub API with alice's
 * stored OAuth token). The deliveries are the samples under events/webhooks/github with this repository's names and
 * commits.
 */
class WorkerEndToEndIT {
    private static final Path EVENTS = Path.of("..", "..", "events", "webhooks", "github");
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String FULL_NAME = "acme/shop";
    private static final String TOKEN = "gho_e2e_token_for_alice";
    private static final String FRONTEND = "https://app.debt-os.test";
    private static final String LEGACY = "src/main/java/shop/Legacy.java";
    private static final String CART = "src/main/java/shop/Cart.java";
    private static final String PRICING = "src/main/java/shop/Pricing.java";
    private static final String DISCOUNTS = "src/main/java/shop/Discounts.java";
    private static final String COMPLEXITY = "DEBT-COMPLEXITY-001";
    private static final String SATD = "DEBT-SATD-001";

    @TempDir
    static Path temp;
    private static FakeGitHubApi github;
    private static ApiTestServer api;
    private static String alice;

    @BeforeAll
    static void start() throws Exception {
        github = FakeGitHubApi.start();
        api = ApiTestServer.start(Map.of("CLONE_ALLOW_FILE_URLS", "true", "FRONTEND_URL", FRONTEND,
                "GITHUB_CLIENT_ID", "e2e-client", "GITHUB_CLIENT_SECRET", "e2e-client-secret",
                "GITHUB_CALLBACK_URL", "http://127.0.0.1/api/auth/github/callback", "GITHUB_API_URL", github.url()));
        alice = api.login("alice");
    }

    @AfterAll
    static void stop() throws Exception {
        if (api != null) {
            api.close();
        }
        if (github != null) {
            github.close();
        }
    }

    @Test
    void manualPushAndPullRequestScansOfOneRepository() throws Exception {
        Path repository = temp.resolve("shop");
        String first;
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commit(git, LEGACY, legacy());
            commit(git, CART, "package shop;\n\nclass Cart {\n    int total() {\n        return 0;\n    }\n}\n");
            first = commit(git, PRICING, complexClass("Pricing", "discount"));
        }
        UUID aliceId = userId("alice@localhost");
        UUID repositoryId = register(aliceId, repository);
        var rotated = api.call("POST", "/api/repos/" + repositoryId + "/webhook-secret", null, alice);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String secret = json(rotated).get("secret").asText();

        // (i) a manual scan of main's head
        var requested = api.call("POST", "/api/repos/" + repositoryId + "/scans",
                "{\"branch\": \"main\", \"commitSha\": \"" + first + "\"}", alice);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        UUID manual = UUID.fromString(json(requested).get("id").asText());
        assertThat(scanRow(manual)).containsEntry("trigger", "manual").containsEntry("commit", first);
        JsonNode manualStats = awaitCompleted(manual);
        assertThat(manualStats.path("files").asInt()).isEqualTo(3);
        assertThat(manualStats.path("reusedFiles").asInt()).as("nothing to reuse on the first scan").isZero();
        Map<String, JsonNode> openAfterManual = openItems(repositoryId);
        JsonNode complexity = only(openAfterManual, COMPLEXITY, PRICING);
        assertThat(complexity.get("severity").asText()).isEqualTo("high");
        JsonNode fixme = only(openAfterManual, SATD, LEGACY);
        assertThat(events(repositoryId, "detected")).as("one detected event per item").containsExactlyInAnyOrderElementsOf(openAfterManual.keySet());
        assertThat(lastScannedCommit(repositoryId)).isEqualTo(first);

        // (ii) a push to main: Pricing is simplified (its complexity item resolves), Cart gains a TODO (a new item)
        String second;
        try (Git git = Git.open(repository.toFile())) {
            commit(git, PRICING, "package shop;\n\nclass Pricing {\n    int price(int a) {\n        return a;\n    }\n}\n");
            second = commit(git, CART, "package shop;\n\n// TODO: support coupons\nclass Cart {\n    int total() {\n"
                    + "        return 0;\n    }\n}\n");
        }
        ObjectNode push = sample("push.json");
        push.put("before", first).put("after", second);
        ((ObjectNode) push.get("head_commit")).put("id", second);
        ((ObjectNode) push.get("commits").get(0)).put("id", second);
        String pushBody = JSON.writeValueAsString(push);
        String pushDelivery = UUID.randomUUID().toString();
        var pushed = deliver("push", pushBody, secret, pushDelivery);
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
        assertThat(json(pushed).get("status").asText()).isEqualTo("scan_queued");
        UUID pushScan = UUID.fromString(json(pushed).get("scans").get(0).asText());
        assertThat(scanRow(pushScan)).containsEntry("trigger", "webhook_push").containsEntry("branch", "main")
                .containsEntry("commit", second);
        JsonNode pushStats = awaitCompleted(pushScan);
        assertThat(pushStats.path("files").asInt()).isEqualTo(3);
        assertThat(pushStats.path("reusedFiles").asInt()).as("Legacy.java is unchanged, Cart and Pricing changed").isEqualTo(1);
        Map<String, JsonNode> openAfterPush = openItems(repositoryId);
        assertThat(openAfterPush).doesNotContainKey(complexity.get("id").asText());
        assertThat(openAfterPush).containsKey(fixme.get("id").asText());
        JsonNode todo = only(openAfterPush, SATD, CART);
        Set<String> expectedOpen = new TreeSet<>(openAfterManual.keySet());
        expectedOpen.remove(complexity.get("id").asText());
        expectedOpen.add(todo.get("id").asText());
        assertThat(openAfterPush.keySet()).as("the manual scan's items less the resolved one, plus the TODO").isEqualTo(expectedOpen);
        assertThat(events(repositoryId, "detected")).hasSize(openAfterManual.size() + 1).endsWith(todo.get("id").asText());
        assertThat(itemStatus(complexity.get("id").asText())).isEqualTo("resolved");
        assertThat(events(repositoryId, "resolved")).containsExactly(complexity.get("id").asText());
        assertThat(lastScannedCommit(repositoryId)).isEqualTo(second);
        // a redelivery of the same delivery id queues nothing
        var redelivered = deliver("push", pushBody, secret, pushDelivery);
        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(json(redelivered).get("status").asText()).isEqualTo("duplicate");
        assertThat(scanCount(repositoryId)).isEqualTo(2);

        // (iii) a pull request from branch feature (a complex new class) onto main's scanned commit
        alicesGitHubToken();
        String head;
        try (Git git = Git.open(repository.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            head = commit(git, DISCOUNTS, complexClass("Discounts", "seasonal"));
            git.checkout().setName("main").call();
        }
        Map<String, String> ledgerBefore = ledger(repositoryId);
        int eventsBefore = eventCount(repositoryId);
        ObjectNode pr = sample("pull_request-opened.json");
        pr.put("number", 7);
        ObjectNode pull = (ObjectNode) pr.get("pull_request");
        pull.put("number", 7);
        ((ObjectNode) pull.get("head")).put("ref", "feature").put("sha", head);
        ((ObjectNode) pull.get("base")).put("ref", "main").put("sha", second);
        String prBody = JSON.writeValueAsString(pr);
        var opened = deliver("pull_request", prBody, secret, UUID.randomUUID().toString());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(202);
        UUID prScan = UUID.fromString(json(opened).get("scans").get(0).asText());
        assertThat(scanRow(prScan)).containsEntry("trigger", "webhook_pr").containsEntry("branch", "feature")
                .containsEntry("commit", head);
        JsonNode prStats = awaitCompleted(prScan);
        assertThat(prStats.path("ledger").asText()).isEqualTo("unchanged");
        JsonNode result = prStats.path("pullRequest");
        assertThat(result.path("number").asInt()).isEqualTo(7);
        assertThat(result.path("base").asText()).isEqualTo(second);
        assertThat(result.path("head").asText()).isEqualTo(head);
        assertThat(result.path("baseSource").asText()).as("the push scan scanned the base").isEqualTo("reused");
        List<String> added = new ArrayList<>();
        result.path("added").forEach(f -> added.add(f.path("severity").asText() + " " + f.path("ruleKey").asText() + " "
                + f.path("path").asText()));
        assertThat(added).containsExactly("high " + COMPLEXITY + " " + DISCOUNTS);
        assertThat(result.path("addedCount").asInt()).isEqualTo(1);
        assertThat(result.path("addedBySeverity").path("high").asInt()).isEqualTo(1);
        assertThat(result.path("removedCount").asInt()).isZero();
        assertThat(result.path("gate").path("status").asText()).isEqualTo("failed");
        assertThat(result.path("gate").path("reasons").get(0).asText())
                .startsWith("adds 1 high finding: " + COMPLEXITY + " at " + DISCOUNTS);
        assertThat(result.path("feedback").path("comment").asText()).isEqualTo("created");
        assertThat(result.path("feedback").path("status").asText()).isEqualTo("posted");
        assertThat(result.path("feedback").path("errors")).isEmpty();
        // the ledger tracks main: the PR scan changed no item, event or last scanned commit
        assertThat(ledger(repositoryId)).isEqualTo(ledgerBefore);
        assertThat(eventCount(repositoryId)).isEqualTo(eventsBefore);
        assertThat(lastScannedCommit(repositoryId)).isEqualTo(second);

        List<FakeGitHubApi.Call> calls = github.calls();
        assertThat(calls).extracting(FakeGitHubApi.Call::line).containsExactly(
                "GET /repos/acme/shop/issues/7/comments?per_page=100&page=1",
                "POST /repos/acme/shop/issues/7/comments",
                "POST /repos/acme/shop/statuses/" + head);
        assertThat(calls).extracting(FakeGitHubApi.Call::authorization).containsOnly("Bearer " + TOKEN);
        assertThat(JSON.readTree(calls.get(1).body()).get("body").asText()).startsWith("<!-- debt-os:pr-report -->");
        JsonNode status = JSON.readTree(calls.get(2).body());
        assertThat(status.get("state").asText()).isEqualTo("failure");
        assertThat(status.get("context").asText()).isEqualTo("debt-os/quality-gate");
        assertThat(status.get("target_url").asText()).isEqualTo(FRONTEND + "/scans/" + prScan);
    }

    private static UUID register(UUID owner, Path directory) throws Exception {
        try (var connection = api.dataSource().getConnection();
             var insert = connection.prepareStatement("""
                     INSERT INTO repositories (owner_id, provider, full_name, clone_url, default_branch)
                     VALUES (?, 'github', ?, ?, 'main') RETURNING id""")) {
            insert.setObject(1, owner);
            insert.setString(2, FULL_NAME);
            insert.setString(3, directory.toUri().toString());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** alice signs in with GitHub (same verified e-mail, so the same user): her token is stored encrypted. */
    private static void alicesGitHubToken() throws Exception {
        new OAuthIdentityStore(api.dataSource(), new SecretBox(api.config().requireDataEncryptionKey())).signIn(
                new OAuthIdentityStore.ProviderAccount("github", "9001", "alice", Optional.of("alice@localhost"), true,
                        Optional.empty(), Optional.empty(), TOKEN, List.of("repo")));
    }

    private static ObjectNode sample(String file) throws Exception {
        String text = Files.readString(EVENTS.resolve(file), StandardCharsets.UTF_8).replace("octo-org/debt-demo", FULL_NAME);
        return (ObjectNode) JSON.readTree(text);
    }

    private static HttpResponse<String> deliver(String event, String body, String secret, String delivery) throws Exception {
        String signature = "sha256=" + HexFormat.of().formatHex(
                WebhookSignatures.hmacSha256(secret, body.getBytes(StandardCharsets.UTF_8)));
        return api.call("POST", "/api/webhooks/github", body, null, "X-GitHub-Event", event, "X-GitHub-Delivery", delivery,
                "X-Hub-Signature-256", signature);
    }

    /** Polls the scan row until it is final; asserts it completed and returns its stats. */
    private static JsonNode awaitCompleted(UUID scanId) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        Map<String, String> row = scanRow(scanId);
        while (!List.of("completed", "failed", "cancelled").contains(row.get("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            row = scanRow(scanId);
        }
        assertThat(row.get("status")).as("scan " + scanId + " (error: " + row.get("error") + ")").isEqualTo("completed");
        return JSON.readTree(row.get("stats"));
    }

    /** GET /api/scans/{id} as alice. */
    private static Map<String, String> scanRow(UUID scanId) throws Exception {
        var response = api.call("GET", "/api/scans/" + scanId, null, alice);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode scan = json(response);
        Map<String, String> values = new TreeMap<>();
        values.put("status", scan.path("status").asText());
        values.put("trigger", scan.path("trigger").asText());
        values.put("branch", scan.path("branch").asText());
        values.put("commit", scan.path("commitSha").asText());
        values.put("error", scan.path("error").asText());
        values.put("stats", JSON.writeValueAsString(scan.path("stats")));
        return values;
    }

    /** The open items through the API, by id. */
    private static Map<String, JsonNode> openItems(UUID repositoryId) throws Exception {
        var response = api.call("GET", "/api/repos/" + repositoryId + "/debt?status=open&limit=200", null, alice);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = json(response);
        Map<String, JsonNode> items = new TreeMap<>();
        page.get("items").forEach(item -> items.put(item.get("id").asText(), item));
        assertThat(page.get("total").asInt()).isEqualTo(items.size());
        return items;
    }

    private static JsonNode only(Map<String, JsonNode> items, String ruleKey, String path) {
        List<JsonNode> matching = items.values().stream()
                .filter(item -> ruleKey.equals(item.get("ruleKey").asText()) && path.equals(item.get("path").asText())).toList();
        assertThat(matching).as(ruleKey + " at " + path + " in " + items.values()).hasSize(1);
        return matching.getFirst();
    }

    /** Every item's status and last-seen scan, by id (all statuses, straight from the table). */
    private static Map<String, String> ledger(UUID repositoryId) throws Exception {
        try (var connection = api.dataSource().getConnection();
             var select = connection.prepareStatement(
                     "SELECT id, status, last_seen_scan_id, updated_at FROM debt_items WHERE repository_id = ?")) {
            select.setObject(1, repositoryId);
            Map<String, String> items = new TreeMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    items.put(row.getString(1), row.getString(2) + " " + row.getString(3) + " " + row.getString(4));
                }
            }
            return items;
        }
    }

    private static String itemStatus(String itemId) throws Exception {
        return text("SELECT status FROM debt_items WHERE id = CAST(? AS uuid)", itemId);
    }

    private static List<String> events(UUID repositoryId, String kind) throws Exception {
        try (var connection = api.dataSource().getConnection();
             var select = connection.prepareStatement("""
                     SELECT e.debt_item_id FROM debt_item_events e JOIN debt_items i ON i.id = e.debt_item_id
                      WHERE i.repository_id = ? AND e.kind = ? ORDER BY e.created_at""")) {
            select.setObject(1, repositoryId);
            select.setString(2, kind);
            List<String> ids = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
            return ids;
        }
    }

    private static int eventCount(UUID repositoryId) throws Exception {
        return Integer.parseInt(text("""
                SELECT count(*)::text FROM debt_item_events e JOIN debt_items i ON i.id = e.debt_item_id
                 WHERE i.repository_id = CAST(? AS uuid)""", repositoryId.toString()));
    }

    private static int scanCount(UUID repositoryId) throws Exception {
        return Integer.parseInt(text("SELECT count(*)::text FROM scans WHERE repository_id = CAST(? AS uuid)", repositoryId.toString()));
    }

    private static String lastScannedCommit(UUID repositoryId) throws Exception {
        return text("SELECT last_scanned_commit FROM repositories WHERE id = CAST(? AS uuid)", repositoryId.toString());
    }

    private static UUID userId(String email) throws Exception {
        return UUID.fromString(text("SELECT id::text FROM users WHERE email = ?", email));
    }

    private static String text(String sql, String parameter) throws Exception {
        try (var connection = api.dataSource().getConnection(); var select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** A FIXME (a SATD item) in a function of complexity 8, below the complexity rule's threshold. */
    private static String legacy() {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            ifs.append("        if (a > ").append(i).append(") { a--; }\n");
        }
        return "package shop;\n\n// FIXME: rounding is wrong for refunds\nclass Legacy {\n    int round(int a) {\n" + ifs
                + "        return a;\n    }\n}\n";
    }

    /** A class with a 41-branch function: a high complexity finding. */
    private static String complexClass(String name, String function) {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            ifs.append("        if (a > ").append(i).append(") { a--; }\n");
        }
        return "package shop;\n\nclass " + name + " {\n    int price(int a) {\n        return a;\n    }\n\n    int " + function
                + "(int a) {\n" + ifs + "        return a;\n    }\n}\n";
    }

    private static String commit(Git git, String file, String content) throws Exception {
        Path target = git.getRepository().getWorkTree().toPath().resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
        git.add().addFilepattern(file).call();
        return git.commit().setMessage("change " + file).setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").setSign(false).call().getName();
    }
}
