package dev.debtos.worker.pr.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.config.Secret;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A GitLab merge request through the REST API v4, the project named by its URL-encoded path: notes
 * ({@code GET|POST /api/v4/projects/{id}/merge_requests/{iid}/notes}, {@code PUT .../notes/{note_id}}) and commit
 * statuses ({@code POST /api/v4/projects/{id}/statuses/{sha}}, state success | failed: GitLab's word for failure).
 */
final class GitLabMergeRequest implements PullRequestThread {
    private final ProviderHttp http;
    private final URI base;
    private final String project;
    private final int iid;
    private final String headSha;
    private final Secret token;

    GitLabMergeRequest(ProviderHttp http, URI base, String fullName, int iid, String headSha, Secret token) {
        this.http = http;
        this.base = base;
        this.project = "/api/v4/projects/" + URLEncoder.encode(fullName, StandardCharsets.UTF_8);
        this.iid = iid;
        this.headSha = headSha;
        this.token = token;
    }

    @Override
    public String upsertComment(String body) throws ProviderCallFailed, InterruptedException {
        ObjectNode payload = ProviderHttp.json().createObjectNode().put("body", body);
        String notes = project + "/merge_requests/" + iid + "/notes";
        Optional<Long> existing = existingNote(notes);
        if (existing.isPresent()) {
            http.call("PUT", url(notes + "/" + existing.get()), token, payload);
            return "updated";
        }
        http.call("POST", url(notes), token, payload);
        return "created";
    }

    @Override
    public void setStatus(boolean passed, String description, Optional<URI> targetUrl) throws ProviderCallFailed, InterruptedException {
        ObjectNode payload = ProviderHttp.json().createObjectNode()
                .put("state", passed ? "success" : "failed")
                .put("name", STATUS_CONTEXT)
                .put("description", PullRequestThread.shortDescription(description));
        targetUrl.ifPresent(url -> payload.put("target_url", url.toString()));
        http.call("POST", url(project + "/statuses/" + headSha), token, payload);
    }

    private Optional<Long> existingNote(String notes) throws ProviderCallFailed, InterruptedException {
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode notesPage = http.call("GET", url(notes + "?per_page=100&sort=asc&page=" + page), token, null);
            for (JsonNode note : notesPage) {
                if (note.path("body").asText("").contains(MARKER) && note.path("id").canConvertToLong()) {
                    return Optional.of(note.path("id").asLong());
                }
            }
            if (notesPage.size() < 100) {
                break;
            }
        }
        return Optional.empty();
    }

    private URI url(String path) {
        return ProviderEndpoints.resolve(base, path);
    }
}
