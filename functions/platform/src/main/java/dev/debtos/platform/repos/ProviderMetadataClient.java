package dev.debtos.platform.repos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.config.GitProviderSettings;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.provider.ProviderClient;
import dev.debtos.platform.provider.UpstreamAnswerException;
import dev.debtos.platform.provider.UpstreamException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a repository's metadata from its provider's REST API: GitHub {@code GET /repos/{owner}/{name}}, GitLab
 * {@code GET /api/v4/projects/{url-encoded path}}, through the {@link ProviderClient}. The base URLs come from
 * configuration, never from the user.
 */
public final class ProviderMetadataClient {
    private static final ProviderClient GITHUB = new ProviderClient("GitHub", "Accept", "application/vnd.github+json");
    private static final ProviderClient GITLAB = new ProviderClient("GitLab", "Accept", "application/json");

    /** What a sync learns. */
    public record Metadata(String defaultBranch) {
    }

    private final GitProviderSettings providers;

    public ProviderMetadataClient(GitProviderSettings providers) {
        this.providers = providers;
    }

    public Metadata fetch(String provider, String fullName, Optional<Secret> token) throws UpstreamException {
        ProviderClient client;
        URI uri;
        switch (provider) {
            case RepositoryAddress.GITHUB -> {
                client = GITHUB;
                uri = URI.create(GitProviderSettings.trimmed(providers.githubApi()) + "/repos/" + fullName);
            }
            case RepositoryAddress.GITLAB -> {
                client = GITLAB;
                uri = URI.create(GitProviderSettings.trimmed(providers.gitlabApi()) + "/projects/"
                        + URLEncoder.encode(fullName, StandardCharsets.UTF_8));
            }
            default -> throw new IllegalArgumentException("no REST API for provider " + provider);
        }
        JsonNode branch = client.get(uri, token).get("default_branch");
        if (branch == null || !branch.isTextual() || !LocalGitHead.isValidBranchName(branch.asText())) {
            throw new UpstreamAnswerException(client.provider(), "GET " + uri.getRawPath(), 200,
                    "did not name a valid default branch");
        }
        return new Metadata(branch.asText());
    }
}
