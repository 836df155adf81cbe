package dev.debtos.worker.pr.feedback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.provider.ProviderClient;
import java.net.URI;

/**
 * A GitHub pull request through the REST API: issue comments ({@code GET|POST /repos/{owner}/{repo}/issues/{n}/comments},
 * {@code PATCH /repos/{owner}/{repo}/issues/comments/{id}}) and commit statuses ({@code POST /repos/{owner}/{repo}/statuses/{sha}},
 * state success | failure).
 */
final class GitHubPullRequest extends PullRequestThread {
    static final ProviderClient CLIENT = new ProviderClient("GitHub", "Accept", "application/vnd.github+json",
            "X-GitHub-Api-Version", "2022-11-28");

    private final URI api;
    private final String repo;
    private final int number;
    private final String headSha;

    GitHubPullRequest(URI api, String fullName, int number, String headSha, Secret token) {
        super(CLIENT, token);
        this.api = api;
        this.repo = "/repos/" + fullName;
        this.number = number;
        this.headSha = headSha;
    }

    @Override
    URI comments() {
        return url(repo + "/issues/" + number + "/comments");
    }

    @Override
    URI commentsPage(int page, int pageSize) {
        return url(repo + "/issues/" + number + "/comments?per_page=" + pageSize + "&page=" + page);
    }

    @Override
    URI comment(long id) {
        return url(repo + "/issues/comments/" + id);
    }

    @Override
    String editMethod() {
        return "PATCH";
    }

    @Override
    URI status() {
        return url(repo + "/statuses/" + headSha);
    }

    @Override
    void statusFields(ObjectNode payload, boolean passed) {
        payload.put("state", passed ? "success" : "failure").put("context", STATUS_CONTEXT);
    }

    private URI url(String path) {
        return ProviderEndpoints.resolve(api, path);
    }
}
