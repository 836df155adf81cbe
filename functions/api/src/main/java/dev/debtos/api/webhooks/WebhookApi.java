package dev.debtos.api.webhooks;

import dev.debtos.api.ApiServices;
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

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/webhooks/github", "postGithubWebhook", Access.WEBHOOK,
                        "GitHub delivery (X-Hub-Signature-256): queues push and pull-request scans",
                        List.of(200, 202, 400, 401, 413, 415, 429, 503)),
                new Route("POST", "/api/webhooks/gitlab", "postGitlabWebhook", Access.WEBHOOK,
                        "GitLab delivery (X-Gitlab-Token): queues push and merge-request scans",
                        List.of(200, 202, 400, 401, 413, 429, 503)),
                new Route("POST", "/api/repos/{id}/webhook-secret", "postWebhookSecret", Access.WRITE,
                        "Create or rotate the repository's webhook secret; shown only in this response",
                        List.of(200, 400, 401, 403, 404, 413, 429, 503)));
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
