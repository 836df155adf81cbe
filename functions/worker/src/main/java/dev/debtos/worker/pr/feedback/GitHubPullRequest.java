package dev.debtos.worker.pr.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.config.Secret;
import java.net.URI;
import java.util.Optional;

/**
 * A GitHub pull request through the REST API: issue comments ({@code GET|POST /repos/{owner}/{repo}/issues/{n}/comments},
 * {@code PATCH /repos/{owner}/{repo}/issues/comments/{id}}) and commit statuses ({@code POST /repos/{owner}/{repo}/statuses/{sha}},
 * state success | failure).
 */
final class GitHubPullRequest implements PullRequestThread {
    private final ProviderHttp http;
    private final URI api;
    private final String repo;
    private final int number;
    private final String headSha;
    private final Secret token;

    GitHubPullRequest(ProviderHttp http, URI api, String fullName, int number, String headSha, Secret token) {
        this.http = http;
        this.api = api;
        this.repo = "/repos/" + fullName;
        this.number = number;
        this.headSha = headSha;
        this.token = token;
    }

    @Override
    public String upsertComment(String body) throws ProviderCallFailed, InterruptedException {
        ObjectNode payload = ProviderHttp.json().createObjectNode().put("body", body);
        Optional<Long> existing = existingComment();
        if (existing.isPresent()) {
            http.call("PATCH", url(repo + "/issues/comments/" + existing.get()), token, payload);
            return "updated";
        }
        http.call("POST", url(repo + "/issues/" + number + "/comments"), token, payload);
        return "created";
    }

    @Override
    public void setStatus(boolean passed, String description, Optional<URI> targetUrl) throws ProviderCallFailed, InterruptedException {
        ObjectNode payload = ProviderHttp.json().createObjectNode()
                .put("state", passed ? "success" : "failure")
                .put("context", STATUS_CONTEXT)
                .put("description", PullRequestThread.shortDescription(description));
        targetUrl.ifPresent(url -> payload.put("target_url", url.toString()));
        http.call("POST", url(repo + "/statuses/" + headSha), token, payload);
    }

    private Optional<Long> existingComment() throws ProviderCallFailed, InterruptedException {
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode comments = http.call("GET", url(repo + "/issues/" + number + "/comments?per_page=100&page=" + page), token, null);
            for (JsonNode comment : comments) {
                if (comment.path("body").asText("").contains(MARKER) && comment.path("id").canConvertToLong()) {
                    return Optional.of(comment.path("id").asLong());
                }
            }
            if (comments.size() < 100) {
                break;
            }
        }
        return Optional.empty();
    }

    private URI url(String path) {
        return ProviderEndpoints.resolve(api, path);
    }
}
