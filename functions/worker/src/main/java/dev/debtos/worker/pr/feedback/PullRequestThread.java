package dev.debtos.worker.pr.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.provider.ProviderClient;
import dev.debtos.platform.provider.UpstreamException;
import java.net.URI;
import java.util.Optional;

/**
 * One pull request (GitHub) or merge request (GitLab) DEBT-OS reports on, and its head commit: DEBT-OS's own comment
 * (found again by {@link #MARKER}, edited in place) and the commit status {@link #STATUS_CONTEXT}. The providers
 * differ only in paths, the verb that edits a comment and the fields of a status.
 */
abstract class PullRequestThread {
    /** Hidden in the rendered comment; finds DEBT-OS's own comment again on the next push. */
    static final String MARKER = dev.debtos.worker.pr.CommentMarkdown.MARKER;
    static final String STATUS_CONTEXT = "debt-os/quality-gate";
    static final int MAX_PAGES = 10;
    private static final int PAGE_SIZE = 100;

    private final ProviderClient client;
    private final Optional<Secret> token;

    PullRequestThread(ProviderClient client, Secret token) {
        this.client = client;
        this.token = Optional.of(token);
    }

    /** The comments (notes) of the pull request. */
    abstract URI comments();

    /** One page of {@link #comments()}, oldest first, {@code pageSize} a page. */
    abstract URI commentsPage(int page, int pageSize);

    /** One comment, to edit it. */
    abstract URI comment(long id);

    /** The verb that edits a comment: PATCH on GitHub, PUT on GitLab. */
    abstract String editMethod();

    /** The head commit's status resource. */
    abstract URI status();

    /** The status payload's fields beyond the description and target URL. */
    abstract void statusFields(ObjectNode payload, boolean passed);

    /** Edits the comment carrying {@link #MARKER}, or adds one; answers {@code updated} or {@code created}. */
    final String upsertComment(String body) throws UpstreamException {
        ObjectNode payload = Json.mapper().createObjectNode().put("body", body);
        Optional<Long> existing = existingComment();
        if (existing.isPresent()) {
            client.call(editMethod(), comment(existing.get()), token, payload);
            return "updated";
        }
        client.call("POST", comments(), token, payload);
        return "created";
    }

    /** Sets the commit status {@link #STATUS_CONTEXT} of the head commit. */
    final void setStatus(boolean passed, String description, Optional<URI> targetUrl) throws UpstreamException {
        ObjectNode payload = Json.mapper().createObjectNode();
        statusFields(payload, passed);
        payload.put("description", shortDescription(description));
        targetUrl.ifPresent(url -> payload.put("target_url", url.toString()));
        client.call("POST", status(), token, payload);
    }

    private Optional<Long> existingComment() throws UpstreamException {
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode comments = client.get(commentsPage(page, PAGE_SIZE), token);
            for (JsonNode comment : comments) {
                if (comment.path("body").asText("").contains(MARKER) && comment.path("id").canConvertToLong()) {
                    return Optional.of(comment.path("id").asLong());
                }
            }
            if (comments.size() < PAGE_SIZE) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Descriptions of commit statuses are short on both providers (GitHub: 140 characters). */
    static String shortDescription(String description) {
        return description.length() > 140 ? description.substring(0, 139) + "…" : description;
    }
}
