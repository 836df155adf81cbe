package dev.debtos.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Routes a GitHub delivery by {@code X-GitHub-Event} and {@code action}. */
final class GitHubEvents {
    private static final Set<String> PR_ACTIONS = Set.of("opened", "synchronize", "reopened");

    private GitHubEvents() {
    }

    static WebhookIntent parse(String event, JsonNode body) {
        return switch (event) {
            case "ping" -> new WebhookIntent.Ping();
            case "push" -> push(body);
            case "pull_request" -> pullRequest(body);
            default -> new WebhookIntent.Ignored("event " + event + " is not handled");
        };
    }

    private static WebhookIntent push(JsonNode body) {
        String ref = body.path("ref").asText("");
        String after = body.path("after").asText("");
        if (!ref.startsWith("refs/heads/")) {
            return new WebhookIntent.Ignored("not a branch push");
        }
        if (body.path("deleted").asBoolean(false) || WebhookIntent.isZeroSha(after)) {
            return new WebhookIntent.Ignored("branch deleted");
        }
        if (!WebhookIntent.isSha(after)) {
            return new WebhookIntent.Ignored("push without a commit id");
        }
        return new WebhookIntent.Push(ref.substring("refs/heads/".length()), after);
    }

    private static WebhookIntent pullRequest(JsonNode body) {
        String action = body.path("action").asText("");
        if (!PR_ACTIONS.contains(action)) {
            return new WebhookIntent.Ignored("pull_request action " + action + " is not handled");
        }
        JsonNode pr = body.path("pull_request");
        String head = pr.path("head").path("sha").asText("");
        String base = pr.path("base").path("sha").asText("");
        int number = body.path("number").asInt(pr.path("number").asInt(0));
        if (!WebhookIntent.isSha(head) || !WebhookIntent.isSha(base) || number <= 0) {
            return new WebhookIntent.Ignored("pull_request without head, base or number");
        }
        return new WebhookIntent.PullRequest(number, pr.path("head").path("ref").asText(null), head,
                pr.path("base").path("ref").asText(null), base);
    }
}
