package dev.debtos.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample deliveries of events/webhooks, routed to what they ask. */
class WebhookEventsTest {
    private static final Path EVENTS = Path.of("..", "..", "events", "webhooks");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode load(String file) throws Exception {
        return JSON.readTree(Files.readString(EVENTS.resolve(file)));
    }

    @Test
    void gitHubDeliveries() throws Exception {
        assertThat(GitHubEvents.parse("push", load("github/push.json")))
                .isEqualTo(new WebhookIntent.Push("main", "0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c"));
        assertThat(GitHubEvents.parse("pull_request", load("github/pull_request-opened.json"))).isEqualTo(new WebhookIntent.PullRequest(
                42, "split-invoice", "8e3b2c1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c", "main", "0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c"));
        assertThat(GitHubEvents.parse("ping", load("github/ping.json"))).isEqualTo(new WebhookIntent.Ping());
        assertThat(GitHubEvents.parse("issues", load("github/issues-opened.json"))).isInstanceOf(WebhookIntent.Ignored.class);
    }

    @Test
    void gitHubPushesThatScanNothing() throws Exception {
        var deleted = (com.fasterxml.jackson.databind.node.ObjectNode) load("github/push.json");
        deleted.put("deleted", true).put("after", "0000000000000000000000000000000000000000");
        assertThat(GitHubEvents.parse("push", deleted)).isInstanceOf(WebhookIntent.Ignored.class);
        var tag = (com.fasterxml.jackson.databind.node.ObjectNode) load("github/push.json");
        tag.put("ref", "refs/tags/v1.0");
        assertThat(GitHubEvents.parse("push", tag)).isInstanceOf(WebhookIntent.Ignored.class);
        var shortSha = (com.fasterxml.jackson.databind.node.ObjectNode) load("github/push.json");
        shortSha.put("after", "0d1a26e");
        assertThat(GitHubEvents.parse("push", shortSha)).isInstanceOf(WebhookIntent.Ignored.class);
    }

    @Test
    void gitLabDeliveries() throws Exception {
        assertThat(GitLabEvents.parse("Push Hook", load("gitlab/push-hook.json")))
                .isEqualTo(new WebhookIntent.Push("main", "da1560886d4f094c3e6c9ef40349f7d38b5d27d7"));
        assertThat(GitLabEvents.parse("Merge Request Hook", load("gitlab/merge-request-open.json"))).isEqualTo(
                new WebhookIntent.PullRequest(12, "split-tax", "b83d6e391c22777fca1ed3012fce84f633d7fed0", "main", null));
        assertThat(GitLabEvents.parse("Merge Request Hook", load("gitlab/merge-request-update-title.json")))
                .isInstanceOf(WebhookIntent.Ignored.class);
        var newCommits = (com.fasterxml.jackson.databind.node.ObjectNode) load("gitlab/merge-request-update-title.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) newCommits.get("object_attributes"))
                .put("oldrev", "95790bf891e76fee5e1747ab589903a6a1f80f22");
        assertThat(GitLabEvents.parse("Merge Request Hook", newCommits)).isInstanceOf(WebhookIntent.PullRequest.class);
        assertThat(GitLabEvents.parse("Pipeline Hook", load("gitlab/pipeline-hook.json"))).isInstanceOf(WebhookIntent.Ignored.class);
    }
}
