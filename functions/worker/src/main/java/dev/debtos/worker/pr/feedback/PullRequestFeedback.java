package dev.debtos.worker.pr.feedback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.provider.UpstreamException;
import dev.debtos.platform.scan.Repository;
import dev.debtos.worker.pr.PullRequestSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reports a PR scan back to its provider with the repository owner's OAuth token: the Markdown comment (edited in
 * place on later pushes) and the commit status of the head commit. Best effort: a provider that fails or is down
 * never fails the scan; what happened is returned for the scan's stats and logged without the token.
 */
public final class PullRequestFeedback {
    private static final Logger LOG = LogManager.getLogger(PullRequestFeedback.class);

    private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final ProviderTokens tokens;
    private final ProviderEndpoints endpoints;
    private final Optional<URI> frontendUrl;

    /** @param frontendUrl when set, the commit status links to {@code <frontendUrl>/scans/<scanId>} */
    public PullRequestFeedback(ProviderTokens tokens, ProviderEndpoints endpoints, Optional<URI> frontendUrl) {
        this.tokens = tokens;
        this.endpoints = endpoints;
        this.frontendUrl = frontendUrl;
    }

    /**
     * What was done: {@code comment} created | updated | superseded | disabled | skipped | failed, {@code status} posted | disabled |
     * skipped | failed, and the errors (call and HTTP status, never a token or a response body).
     */
    public record Result(String comment, String status, List<String> errors) {
        public ObjectNode toJson() {
            ObjectNode json = Json.mapper().createObjectNode().put("comment", comment).put("status", status);
            errors.forEach(json.putArray("errors")::add);
            return json;
        }
    }

    /**
     * What to report on one PR scan.
     *
     * @param newest false when a later PR scan of the same PR exists: its comment must not be overwritten by this
     *               older result (the status still goes on this scan's own head commit)
     */
    public record Report(int number, String headSha, UUID scanId, String comment, boolean passed, String description,
                         boolean newest) {
    }

    public Result publish(Repository repository, PullRequestSettings settings, Report report) {
        if (!settings.comments() && !settings.status()) {
            return new Result("disabled", "disabled", List.of());
        }
        List<String> errors = new ArrayList<>();
        Optional<PullRequestThread> thread = thread(repository, report.number(), report.headSha(), errors);
        if (thread.isEmpty()) {
            String outcome = errors.isEmpty() ? "skipped" : "failed";
            return new Result(settings.comments() ? outcome : "disabled", settings.status() ? outcome : "disabled", errors);
        }
        String commented = !settings.comments() ? "disabled" : report.newest() ? null : "superseded";
        if (commented == null) {
            try {
                commented = thread.get().upsertComment(report.comment());
            } catch (UpstreamException e) {
                commented = failed(errors, e);
            }
        }
        String status = "disabled";
        if (settings.status()) {
            try {
                thread.get().setStatus(report.passed(), report.description(),
                        frontendUrl.map(url -> ProviderEndpoints.resolve(url, "/scans/" + report.scanId())));
                status = "posted";
            } catch (UpstreamException e) {
                status = failed(errors, e);
            }
        }
        return new Result(commented, status, List.copyOf(errors));
    }

    private Optional<PullRequestThread> thread(Repository repository, int number, String headSha, List<String> errors) {
        boolean github = "github".equals(repository.provider());
        if (!github && !"gitlab".equals(repository.provider())) {
            return Optional.empty(); // local repositories have no pull requests to comment on
        }
        if (!usableName(repository.fullName(), github)) {
            errors.add("the repository name cannot be used in a " + repository.provider() + " API path");
            return Optional.empty();
        }
        Optional<Secret> token;
        try {
            token = tokens.accessToken(repository.ownerId(), repository.provider());
        } catch (Exception e) {
            LOG.warn("PR feedback skipped: the {} token could not be read ({})", repository.provider(), e.getClass().getSimpleName());
            errors.add("the " + repository.provider() + " token could not be read");
            return Optional.empty();
        }
        if (token.isEmpty() || token.get().isEmpty()) {
            LOG.info("PR feedback skipped: the repository owner has no {} token", repository.provider());
            return Optional.empty();
        }
        if (github) {
            return Optional.of(new GitHubPullRequest(endpoints.githubApi(), repository.fullName(), number, headSha, token.get()));
        }
        return Optional.of(new GitLabMergeRequest(endpoints.gitlabBase(), repository.fullName(), number, headSha, token.get()));
    }

    /** owner/name (GitHub) or group/.../name (GitLab) of plain segments: nothing that could change the API path. */
    static boolean usableName(String fullName, boolean github) {
        String[] segments = fullName.split("/", -1);
        if (segments.length < 2 || github && segments.length != 2) {
            return false;
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The call and what happened ({@code GET /repos/acme/shop/issues/7/comments answered 401}), never a body or token. */
    private static String failed(List<String> errors, UpstreamException e) {
        LOG.warn("PR feedback call failed: {}", e.getMessage());
        errors.add(e.getMessage());
        return "failed";
    }
}
