package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.webhook.WebhookSignatures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GitHub and GitLab deliveries from events/webhooks through the local runtime. Repositories are inserted with SQL
 * (each test its own full name, so active-scan deduplication never couples tests); secrets come from the rotate
 * route. A queued message is shown by the runtime's worker picking the scan up (its status leaves 'queued').
 */
class WebhookApiIT {
    private static final Path EVENTS = Path.of("..", "..", "events", "webhooks");
    private static final String PUSH_SHA = "0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c";
    private static ApiTestServer api;
    private static String alice;
    private static String bob;

    @BeforeAll
    static void start() throws Exception {
        api = ApiTestServer.start();
        alice = api.login("alice");
        bob = api.login("bob");
    }

    @AfterAll
    static void stop() throws Exception {
        if (api != null) {
            api.close();
        }
    }

    private record Connected(UUID id, String fullName, String secret) {
    }

    private static Connected connect(String token, String login, String provider, String settings, String lastScanned) throws Exception {
        String fullName = "org-" + UUID.randomUUID().toString().substring(0, 8) + "/debt-demo";
        UUID id;
        try (var connection = api.dataSource().getConnection();
             var insert = connection.prepareStatement("""
                     INSERT INTO repositories (owner_id, provider, full_name, clone_url, default_branch, settings, last_scanned_commit)
                     VALUES ((SELECT id FROM users WHERE email = ?), ?, ?, ?, 'main', CAST(? AS jsonb), ?) RETURNING id""")) {
            insert.setString(1, login + "@localhost");
            insert.setString(2, provider);
            insert.setString(3, fullName);
            insert.setString(4, "https://" + provider + ".com/" + fullName + ".git");
            insert.setString(5, settings);
            insert.setString(6, lastScanned);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getObject(1, UUID.class);
            }
        }
        return new Connected(id, fullName, rotate(token, id));
    }

    private static String rotate(String token, UUID id) throws Exception {
        var response = api.call("POST", "/api/repos/" + id + "/webhook-secret", null, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("secret").asText();
    }

    private static String event(String file, String fullName) throws Exception {
        String text = Files.readString(EVENTS.resolve(file), StandardCharsets.UTF_8);
        return text.replace("octo-org/debt-demo", fullName).replace("platform/backend/debt-demo", fullName);
    }

    private static String sign(String secret, String body) {
        return "sha256=" + HexFormat.of().formatHex(WebhookSignatures.hmacSha256(secret, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> github(String event, String body, String signature, String delivery) throws Exception {
        List<String> headers = new ArrayList<>(List.of("X-GitHub-Event", event, "X-GitHub-Delivery", delivery));
        if (signature != null) {
            headers.addAll(List.of("X-Hub-Signature-256", signature));
        }
        return api.call("POST", "/api/webhooks/github", body, null, headers.toArray(String[]::new));
    }

    private static HttpResponse<String> gitlab(String event, String body, String token, String key) throws Exception {
        return api.call("POST", "/api/webhooks/gitlab", body, null, "X-Gitlab-Event", event, "X-Gitlab-Token", token,
                "Idempotency-Key", key, "X-Gitlab-Event-UUID", UUID.randomUUID().toString());
    }

    private static List<Map<String, Object>> scans(UUID repositoryId) throws Exception {
        try (var connection = api.dataSource().getConnection();
             var select = connection.prepareStatement(
                     "SELECT id, trigger, branch, commit_sha, base_sha, pr_number, status FROM scans WHERE repository_id = ? ORDER BY created_at")) {
            select.setObject(1, repositoryId);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(Map.of("id", row.getObject(1), "trigger", row.getString(2), "branch", String.valueOf(row.getString(3)),
                            "commit", String.valueOf(row.getString(4)), "base", String.valueOf(row.getString(5)),
                            "pr", row.getObject(6) == null ? 0 : row.getObject(6), "status", row.getString(7)));
                }
            }
            return rows;
        }
    }

    private static String deliveryOutcome(String provider, String delivery) throws Exception {
        try (var connection = api.dataSource().getConnection();
             var select = connection.prepareStatement("SELECT outcome FROM webhook_deliveries WHERE provider = ? AND delivery_id = ?")) {
            select.setString(1, provider);
            select.setString(2, delivery);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** The worker received the message: the scan left 'queued' (it then fails: remote clones are not built yet). */
    private static void awaitPickedUp(UUID repositoryId) throws Exception {
        for (int i = 0; i < 300 && "queued".equals(scans(repositoryId).getFirst().get("status")); i++) {
            Thread.sleep(100);
        }
        assertThat(scans(repositoryId).getFirst().get("status")).as("the scan message reached the worker").isNotEqualTo("queued");
    }

    @Test
    void aSignedPushToTheDefaultBranchQueuesOneScanAndARedeliveryNone() throws Exception {
        Connected repo = connect(alice, "alice", "github", "{}", null);
        String body = event("github/push.json", repo.fullName());
        String delivery = UUID.randomUUID().toString();
        var first = github("push", body, sign(repo.secret(), body), delivery);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(json(first).get("status").asText()).isEqualTo("scan_queued");
        var rows = scans(repo.id());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsEntry("trigger", "webhook_push").containsEntry("branch", "main").containsEntry("commit", PUSH_SHA);
        assertThat(json(first).get("scans").get(0).asText()).isEqualTo(rows.getFirst().get("id").toString());
        assertThat(deliveryOutcome("github", delivery)).isEqualTo("scan_queued");
        awaitPickedUp(repo.id());

        var again = github("push", body, sign(repo.secret(), body), delivery);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("status").asText()).isEqualTo("duplicate");
        assertThat(scans(repo.id())).hasSize(1);
    }

    @Test
    void aBadOrMissingSignatureIs401LoggedAsRejectedAndScansNothing() throws Exception {
        Connected repo = connect(alice, "alice", "github", "{}", null);
        String body = event("github/push.json", repo.fullName());
        String delivery = UUID.randomUUID().toString();
        assertProblem(github("push", body, sign("not-the-secret", body), delivery), 401);
        assertProblem(github("push", body, null, UUID.randomUUID().toString()), 401);
        assertProblem(github("push", body.replace("\"forced\": false", "\"forced\": true"), sign(repo.secret(), body),
                UUID.randomUUID().toString()), 401);
        assertThat(deliveryOutcome("github", delivery)).isEqualTo("rejected");
        assertThat(scans(repo.id())).isEmpty();
        // the rejected attempt does not burn the delivery id: the genuine delivery still scans
        assertThat(github("push", body, sign(repo.secret(), body), delivery).statusCode()).isEqualTo(202);
        assertThat(scans(repo.id())).hasSize(1);
        try (var connection = api.dataSource().getConnection();
             var select = connection.prepareStatement(
                     "SELECT count(*) FROM audit_log WHERE action = 'webhook.receive' AND NOT success AND target_id = ?")) {
            select.setString(1, repo.id().toString());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(3);
            }
        }
        // the repository's owner sees the rejected attempts
        var trail = json(api.call("GET", "/api/audit?action=webhook.receive&limit=200", null, alice));
        long rejected = 0;
        for (var entry : trail.get("items")) {
            if (!entry.get("success").asBoolean() && repo.id().toString().equals(entry.get("targetId").asText())) {
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(3);
    }

    @Test
    void settingsAndBranchesDecideWhetherAPushScans() throws Exception {
        Connected off = connect(alice, "alice", "github", "{\"scanOnPush\": false}", null);
        String body = event("github/push.json", off.fullName());
        var ignored = github("push", body, sign(off.secret(), body), UUID.randomUUID().toString());
        assertThat(ignored.statusCode()).isEqualTo(202);
        assertThat(json(ignored).get("status").asText()).isEqualTo("ignored");
        assertThat(scans(off.id())).isEmpty();

        Connected on = connect(alice, "alice", "github", "{}", null);
        String feature = event("github/push.json", on.fullName()).replace("refs/heads/main", "refs/heads/feature");
        assertThat(json(github("push", feature, sign(on.secret(), feature), UUID.randomUUID().toString())).get("status").asText())
                .isEqualTo("ignored");
        assertThat(scans(on.id())).isEmpty();
    }

    @Test
    void anOpenedPullRequestQueuesAPrScanWithBaseAndNumber() throws Exception {
        Connected repo = connect(alice, "alice", "github", "{\"scanOnPush\": false}", null);
        String body = event("github/pull_request-opened.json", repo.fullName());
        var response = github("pull_request", body, sign(repo.secret(), body), UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(scans(repo.id())).singleElement().satisfies(scan -> assertThat(scan)
                .containsEntry("trigger", "webhook_pr").containsEntry("pr", 42).containsEntry("branch", "split-invoice")
                .containsEntry("commit", "8e3b2c1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c").containsEntry("base", PUSH_SHA));

        Connected prOff = connect(alice, "alice", "github", "{\"scanOnPr\": false}", null);
        String other = event("github/pull_request-opened.json", prOff.fullName());
        assertThat(github("pull_request", other, sign(prOff.secret(), other), UUID.randomUUID().toString()).statusCode()).isEqualTo(202);
        assertThat(scans(prOff.id())).isEmpty();
        String closed = other.replace("\"action\": \"opened\"", "\"action\": \"closed\"");
        assertThat(json(github("pull_request", closed, sign(prOff.secret(), closed), UUID.randomUUID().toString()))
                .get("reason").asText()).contains("closed");
    }

    @Test
    void pingIs200AndAnUnknownEventIs202Ignored() throws Exception {
        Connected repo = connect(alice, "alice", "github", "{}", null);
        String ping = event("github/ping.json", repo.fullName());
        var pong = github("ping", ping, sign(repo.secret(), ping), UUID.randomUUID().toString());
        assertThat(pong.statusCode()).isEqualTo(200);
        assertThat(json(pong).get("status").asText()).isEqualTo("pong");
        String issue = event("github/issues-opened.json", repo.fullName());
        String delivery = UUID.randomUUID().toString();
        var unknown = github("issues", issue, sign(repo.secret(), issue), delivery);
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(json(unknown).get("status").asText()).isEqualTo("ignored");
        assertThat(deliveryOutcome("github", delivery)).isEqualTo("ignored");
        assertThat(scans(repo.id())).isEmpty();
        assertProblem(api.call("POST", "/api/webhooks/github", "{}", null, "X-GitHub-Delivery", "d"), 400);
        assertProblem(api.call("POST", "/api/webhooks/github", "not json", null, "X-GitHub-Event", "push", "X-GitHub-Delivery", "d"), 400);
    }

    @Test
    void eachUserWhoConnectedTheRepositoryIsVerifiedWithTheirOwnSecret() throws Exception {
        Connected mine = connect(alice, "alice", "github", "{}", null);
        UUID bobsRepo;
        try (var connection = api.dataSource().getConnection();
             var insert = connection.prepareStatement("""
                     INSERT INTO repositories (owner_id, provider, full_name, clone_url)
                     VALUES ((SELECT id FROM users WHERE email = 'bob@localhost'), 'github', ?, 'https://github.com/x.git') RETURNING id""")) {
            insert.setString(1, mine.fullName());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                bobsRepo = row.getObject(1, UUID.class);
            }
        }
        String bobsSecret = rotate(bob, bobsRepo);
        String body = event("github/push.json", mine.fullName());
        assertThat(github("push", body, sign(bobsSecret, body), UUID.randomUUID().toString()).statusCode()).isEqualTo(202);
        assertThat(scans(bobsRepo)).hasSize(1);
        assertThat(scans(mine.id())).isEmpty();
    }

    @Test
    void rotatingReplacesTheSecretAndOnlyTheOwnerMayDoIt() throws Exception {
        Connected repo = connect(alice, "alice", "github", "{}", null);
        String rotated = rotate(alice, repo.id());
        assertThat(rotated).isNotEqualTo(repo.secret()).hasSizeGreaterThanOrEqualTo(43);
        String body = event("github/ping.json", repo.fullName());
        assertProblem(github("ping", body, sign(repo.secret(), body), UUID.randomUUID().toString()), 401);
        assertThat(github("ping", body, sign(rotated, body), UUID.randomUUID().toString()).statusCode()).isEqualTo(200);

        assertProblem(api.call("POST", "/api/repos/" + repo.id() + "/webhook-secret", null, bob), 404);
        assertProblem(api.call("POST", "/api/repos/" + UUID.randomUUID() + "/webhook-secret", null, alice), 404);
        assertProblem(api.call("POST", "/api/repos/not-a-uuid/webhook-secret", null, alice), 400);
        assertProblem(api.call("POST", "/api/repos/" + repo.id() + "/webhook-secret", null, null), 401);
        assertThat(github("ping", body, sign(rotated, body), UUID.randomUUID().toString()).statusCode())
                .as("bob's attempt changed nothing").isEqualTo(200);
        try (var connection = api.dataSource().getConnection();
             var select = connection.prepareStatement("SELECT webhook_secret_encrypted FROM repositories WHERE id = ?")) {
            select.setObject(1, repo.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertThat(new String(row.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(rotated);
            }
        }
    }

    @Test
    void gitLabPushAndMergeRequestHooks() throws Exception {
        String lastScanned = "95790bf891e76fee5e1747ab589903a6a1f80f22";
        Connected repo = connect(alice, "alice", "gitlab", "{}", lastScanned);
        String push = event("gitlab/push-hook.json", repo.fullName());
        String key = UUID.randomUUID().toString();
        var queued = gitlab("Push Hook", push, repo.secret(), key);
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        assertThat(scans(repo.id())).singleElement().satisfies(scan -> assertThat(scan).containsEntry("trigger", "webhook_push")
                .containsEntry("branch", "main").containsEntry("commit", "da1560886d4f094c3e6c9ef40349f7d38b5d27d7"));
        assertThat(gitlab("Push Hook", push, repo.secret(), key).statusCode()).as("redelivery").isEqualTo(200);
        assertThat(scans(repo.id())).hasSize(1);
        assertProblem(gitlab("Push Hook", push, "wrong-token", UUID.randomUUID().toString()), 401);

        String open = event("gitlab/merge-request-open.json", repo.fullName());
        assertThat(gitlab("Merge Request Hook", open, repo.secret(), UUID.randomUUID().toString()).statusCode()).isEqualTo(202);
        assertThat(scans(repo.id())).filteredOn(scan -> scan.get("trigger").equals("webhook_pr")).singleElement()
                .satisfies(scan -> assertThat(scan).containsEntry("pr", 12).containsEntry("base", lastScanned)
                        .containsEntry("commit", "b83d6e391c22777fca1ed3012fce84f633d7fed0"));
        String titleOnly = event("gitlab/merge-request-update-title.json", repo.fullName());
        assertThat(json(gitlab("Merge Request Hook", titleOnly, repo.secret(), UUID.randomUUID().toString())).get("status").asText())
                .isEqualTo("ignored");
        String pipeline = event("gitlab/pipeline-hook.json", repo.fullName());
        assertThat(gitlab("Pipeline Hook", pipeline, repo.secret(), UUID.randomUUID().toString()).statusCode()).isEqualTo(202);
        assertThat(scans(repo.id())).hasSize(2);
        assertProblem(api.call("POST", "/api/webhooks/gitlab", push, null, "X-Gitlab-Event", "Push Hook", "X-Gitlab-Token",
                repo.secret()), 400);
    }
}
