package dev.debtos.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Routes a GitLab delivery by {@code X-Gitlab-Event}: Push Hook, and Merge Request Hook when opened, reopened or
 * updated with new commits ({@code oldrev} present; title or label edits are ignored).
 */
final class GitLabEvents {
    private static final Set<String> MR_ACTIONS = Set.of("open", "reopen", "update");

    private GitLabEvents() {
    }

    static WebhookIntent parse(String event, JsonNode body) {
        return switch (event) {
            case "Push Hook" -> push(body);
            case "Merge Request Hook" -> mergeRequest(body);
            default -> new WebhookIntent.Ignored("event " + event + " is not handled");
        };
    }

    private static WebhookIntent push(JsonNode body) {
        String ref = body.path("ref").asText("");
        String after = body.path("after").asText("");
        if (!ref.startsWith("refs/heads/")) {
            return new WebhookIntent.Ignored("not a branch push");
        }
        if (WebhookIntent.isZeroSha(after)) {
            return new WebhookIntent.Ignored("branch deleted");
        }
        if (!WebhookIntent.isSha(after)) {
            return new WebhookIntent.Ignored("push without a commit id");
        }
        return new WebhookIntent.Push(ref.substring("refs/heads/".length()), after);
    }

    private static WebhookIntent mergeRequest(JsonNode body) {
        JsonNode mr = body.path("object_attributes");
        String action = mr.path("action").asText("");
        if (!MR_ACTIONS.contains(action)) {
            return new WebhookIntent.Ignored("merge request action " + action + " is not handled");
        }
        if (action.equals("update") && !WebhookIntent.isSha(mr.path("oldrev").asText(""))) {
            return new WebhookIntent.Ignored("merge request update without new commits");
        }
        String head = mr.path("last_commit").path("id").asText("");
        int number = mr.path("iid").asInt(0);
        if (!WebhookIntent.isSha(head) || number <= 0) {
            return new WebhookIntent.Ignored("merge request without head commit or iid");
        }
        return new WebhookIntent.PullRequest(number, mr.path("source_branch").asText(null), head,
                mr.path("target_branch").asText(null), null);
    }
}
