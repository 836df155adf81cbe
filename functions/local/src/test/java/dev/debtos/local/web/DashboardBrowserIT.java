package dev.debtos.local.web;

import static dev.debtos.local.server.ApiTestServer.JSON;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.local.server.ApiTestServer;
import dev.debtos.platform.webhook.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in Debian's Chromium against the whole local runtime (API, embedded queue, worker, real
 * PostgreSQL and Redis), as {@code debt-os serve} runs it: {@code web/e2e/dashboard.test.mjs} (playwright-core,
 * node's test runner, axe on every page) signs in, connects and scans a local repository, filters the debt list,
 * moves an item through the workflow, manages settings and API keys, and opens a pull-request scan that this test
 * seeds through the webhook route (a GitHub repository whose clone URL is a local git directory). Skipped where
 * node, web/node_modules, the browser tools of scripts/lib/node-tools, Chromium or the built dashboard is missing.
 */
class DashboardBrowserIT {
    private static final String LOGIN = "e2e";
    private static final Duration SCAN_DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @Test
    void aPersonUsesTheDashboardFromSignInToAPullRequestResult() throws Exception {
        assumeTrue(WebTools.onPath("node"), "node is not installed");
        assumeTrue(WebTools.nodeModulesInstalled(), "web/node_modules is missing (scripts/setup runs npm ci there)");
        assumeTrue(WebTools.browserToolsInstalled(),
                "scripts/lib/node-tools/node_modules is missing (scripts/setup runs npm ci there)");
        assumeTrue(Files.isExecutable(WebTools.chromium()), "Chromium is not installed (scripts/setup installs it)");
        assumeTrue(DashboardSite.fromClasspath().built(), "the dashboard is not built (the web module's npm build did not run)");

        try (var api = ApiTestServer.start(Map.of("CLONE_ALLOW_FILE_URLS", "true"))) {
            String token = api.login(LOGIN);
            ShopRepository local = ShopRepository.create(temp.resolve("shop"));
            String prScan = pullRequestScan(api, token, ShopRepository.create(temp.resolve("shop-pr")));
            Path screenshots = Path.of("target", "dashboard-screenshots").toAbsolutePath();

            int exit = WebTools.run(List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec", "e2e/"),
                    Map.of("DEBT_OS_URL", "http://127.0.0.1:" + api.port(), "DEBT_OS_E2E_REPO", local.directory().toString(),
                            "DEBT_OS_E2E_LOGIN", LOGIN, "DEBT_OS_E2E_PR_SCAN", prScan,
                            "DEBT_OS_SCREENSHOTS", screenshots.toString(), "CHROMIUM", WebTools.chromium().toString()),
                    15);
            assertThat(exit).as("web/e2e/dashboard.test.mjs (its report is above)").isZero();
        }
    }

    /** acme/shop on GitHub (its clone URL the local directory), a signed pull_request delivery, the scan completed. */
    private static String pullRequestScan(ApiTestServer api, String token, ShopRepository shop) throws Exception {
        UUID owner = UUID.fromString(json(api.call("GET", "/api/auth/me", null, token)).get("id").asText());
        UUID repositoryId;
        try (var connection = api.dataSource().getConnection();
             var insert = connection.prepareStatement("""
                     INSERT INTO repositories (owner_id, provider, full_name, clone_url, default_branch)
                     VALUES (?, 'github', 'acme/shop', ?, 'main') RETURNING id""")) {
            insert.setObject(1, owner);
            insert.setString(2, shop.directory().toUri().toString());
            try (var row = insert.executeQuery()) {
                row.next();
                repositoryId = row.getObject(1, UUID.class);
            }
        }
        var rotated = api.call("POST", "/api/repos/" + repositoryId + "/webhook-secret", null, token);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String secret = json(rotated).get("secret").asText();

        String sample = Files.readString(Path.of("..", "..", "events", "webhooks", "github", "pull_request-opened.json"))
                .replace("octo-org/debt-demo", "acme/shop");
        ObjectNode delivery = (ObjectNode) JSON.readTree(sample);
        ObjectNode pull = (ObjectNode) delivery.get("pull_request");
        ((ObjectNode) pull.get("head")).put("ref", "feature").put("sha", shop.featureHead());
        ((ObjectNode) pull.get("base")).put("ref", "main").put("sha", shop.mainHead());
        String body = JSON.writeValueAsString(delivery);
        String signature = "sha256=" + HexFormat.of().formatHex(
                WebhookSignatures.hmacSha256(secret, body.getBytes(StandardCharsets.UTF_8)));
        var queued = api.call("POST", "/api/webhooks/github", body, null, "X-GitHub-Event", "pull_request",
                "X-GitHub-Delivery", UUID.randomUUID().toString(), "X-Hub-Signature-256", signature);
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String scanId = json(queued).get("scans").get(0).asText();

        Instant deadline = Instant.now().plus(SCAN_DEADLINE);
        JsonNode scan = json(api.call("GET", "/api/scans/" + scanId, null, token));
        while (!List.of("completed", "failed", "cancelled").contains(scan.get("status").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            scan = json(api.call("GET", "/api/scans/" + scanId, null, token));
        }
        assertThat(scan.get("status").asText()).as(scan.toString()).isEqualTo("completed");
        assertThat(scan.at("/stats/pullRequest/gate/status").asText()).isEqualTo("failed");
        return scanId;
    }
}
