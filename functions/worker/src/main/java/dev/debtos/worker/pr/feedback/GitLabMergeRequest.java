package dev.debtos.worker.pr.feedback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.provider.ProviderClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A GitLab merge request through the REST API v4, the project named by its URL-encoded path: notes
 * ({@code GET|POST /api/v4/projects/{id}/merge_requests/{iid}/notes}, {@code PUT .../notes/{note_id}}) and commit
 * statuses ({@code POST /api/v4/projects/{id}/statuses/{sha}}, state success | failed: GitLab's word for failure).
 */
final class GitLabMergeRequest extends PullRequestThread {
    static final ProviderClient CLIENT = new ProviderClient("GitLab", "Accept", "application/json");

    private final URI base;
    private final String project;
    private final String notes;
    private final String headSha;

    GitLabMergeRequest(URI base, String fullName, int iid, String headSha, Secret token) {
        super(CLIENT, token);
        this.base = base;
        this.project = "/api/v4/projects/" + URLEncoder.encode(fullName, StandardCharsets.UTF_8);
        this.notes = project + "/merge_requests/" + iid + "/notes";
        this.headSha = headSha;
    }

    @Override
    URI comments() {
        return url(notes);
    }

    @Override
    URI commentsPage(int page, int pageSize) {
        return url(notes + "?per_page=" + pageSize + "&sort=asc&page=" + page);
    }

    @Override
    URI comment(long id) {
        return url(notes + "/" + id);
    }

    @Override
    String editMethod() {
        return "PUT";
    }

    @Override
    URI status() {
        return url(project + "/statuses/" + headSha);
    }

    @Override
    void statusFields(ObjectNode payload, boolean passed) {
        payload.put("state", passed ? "success" : "failed").put("name", STATUS_CONTEXT);
    }

    private URI url(String path) {
        return ProviderEndpoints.resolve(base, path);
    }
}
