package dev.debtos.api.webhooks;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Response;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.crypto.SecretBox;
import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.webhook.WebhookDeliveries;
import dev.debtos.platform.webhook.WebhookSecrets;
import dev.debtos.platform.webhook.WebhookTargets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub and GitLab webhook deliveries, and the rotation of a repository's webhook secret. Delivery routes are
 * public (the signature is the credential) and rate limited per client IP by the route guard. Secrets are stored
 * encrypted under DATA_ENCRYPTION_KEY; without that key these routes answer 503.
 */
public final class WebhookApi {

    private WebhookApi() {
    }

    static final Tag TAG = new Tag("Webhooks", "GitHub and GitLab deliveries that queue scans, and each repository's webhook secret");
    private static final Schema OUTCOME = Schema.object()
            .required("status", Schema.oneOf(List.of("pong", "duplicate", "ignored", "scan_queued")))
            .optional("deliveryId", Schema.string().describe("duplicate: the delivery already processed"))
            .optional("reason", Schema.string().describe("ignored: why no scan was queued"))
            .optional("scans", Schema.arrayOf(Schema.uuid()).describe("scan_queued: the scans queued"))
            .named("WebhookOutcome");

    public static List<Route> routes() {
        return List.of(
                delivery("github", "postGithubWebhook", "GitHub", "`X-GitHub-Event`, `X-GitHub-Delivery` (the idempotency "
                        + "key) and `X-Hub-Signature-256` (HMAC-SHA256 of the raw body under the repository's secret). Only "
                        + "the JSON content type is accepted (415 otherwise).", 415),
                delivery("gitlab", "postGitlabWebhook", "GitLab", "`X-Gitlab-Event`, `X-Gitlab-Token` (the repository's "
                        + "secret) and `Idempotency-Key` or `X-Gitlab-Event-UUID`."),
                new Route("POST", "/api/repos/{id}/webhook-secret", "postWebhookSecret", Access.WRITE,
                        Operation.of(TAG, "Create or rotate the repository's webhook secret; shown only in this response")
                                .describe("The old secret stops verifying at once. Reads no body.")
                                .ok(Schema.object()
                                        .required("repositoryId", Schema.uuid())
                                        .required("secret", Schema.string().describe("Configure it on the provider's webhook"))
                                        .named("WebhookSecret"))
                                .problems(400, 401, 403, 404, 413, 429, 503)));
    }

    private static Route delivery(String provider, String function, String name, String headers, Integer... extraProblems) {
        List<Integer> problems = new java.util.ArrayList<>(List.of(400, 401, 413));
        problems.addAll(List.of(extraProblems));
        problems.addAll(List.of(429, 503));
        return new Route("POST", "/api/webhooks/" + provider, function, Access.WEBHOOK,
                Operation.of(TAG, name + " delivery: queues push and " + (provider.equals("github") ? "pull" : "merge")
                                + "-request scans")
                        .describe("A " + name + " webhook delivery with " + headers + " 200 for a ping or a redelivery, 202 "
                                + "when scans were queued or the delivery is ignored, 401 when no repository's secret verifies "
                                + "it. The body is the provider's own payload.")
                        .body(Schema.openObject().describe("The provider's event payload").named(name + "Event"))
                        .answers(200, Response.json("A ping, or a delivery already processed", OUTCOME))
                        .answers(202, Response.json("Scans queued, or the delivery ignored (settings, branch, event)", OUTCOME))
                        .problems(problems.toArray(Integer[]::new)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        var database = services.dependencies().database();
        Optional<WebhookSecrets> secrets = services.config().dataEncryptionKey()
                .map(key -> new WebhookSecrets(database, new SecretBox(key)));
        var queue = services.dependencies().queue();
        var scanStore = new ScanStore(database);
        Optional<WebhookReceiver> receiver = secrets.map(s -> new WebhookReceiver(new WebhookTargets(database), s,
                new WebhookDeliveries(database), () -> new ScanRequests(scanStore, queue.get()), services.audit()));
        Map<String, CallerHandler> handlers = new LinkedHashMap<>();
        handlers.put("postGithubWebhook", new PostGitHubWebhookHandler(receiver));
        handlers.put("postGitlabWebhook", new PostGitLabWebhookHandler(receiver));
        handlers.put("postWebhookSecret", new PostWebhookSecretHandler(secrets, services.audit()));
        return handlers;
    }
}
