package dev.debtos.platform.repos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.config.GitProviderSettings;
import dev.debtos.platform.config.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a repository's metadata from its provider's REST API: GitHub {@code GET /repos/{owner}/{name}}, GitLab
 * {@code GET /api/v4/projects/{url-encoded path}}. The base URLs come from configuration, never from the user; no
 * redirect is followed, the body is capped, and a failure says only which provider and status (the upstream body
 * is never passed on: it may echo the request or carry another tenant's detail).
 */
public final class ProviderMetadataClient {
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a sync learns. */
    public record Metadata(String defaultBranch) {
    }

    private final GitProviderSettings providers;
    private HttpClient http;

    /** The HTTP client is built on first use, not at init: a SnapStart snapshot holds no selector thread or socket. */
    public ProviderMetadataClient(GitProviderSettings providers) {
        this.providers = providers;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    public Metadata fetch(String provider, String fullName, Optional<Secret> token) throws UpstreamException {
        URI uri = switch (provider) {
            case RepositoryAddress.GITHUB -> URI.create(GitProviderSettings.trimmed(providers.githubApi()) + "/repos/" + fullName);
            case RepositoryAddress.GITLAB -> URI.create(GitProviderSettings.trimmed(providers.gitlabApi()) + "/projects/"
                    + URLEncoder.encode(fullName, StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("no REST API for provider " + provider);
        };
        String name = RepositoryAddress.GITHUB.equals(provider) ? "GitHub" : "GitLab";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(10))
                .header("Accept", RepositoryAddress.GITHUB.equals(provider) ? "application/vnd.github+json" : "application/json")
                .header("User-Agent", "debt-os");
        token.ifPresent(secret -> request.header("Authorization", "Bearer " + secret.reveal()));
        JsonNode body;
        try {
            HttpResponse<InputStream> response = http().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream stream = response.body()) {
                if (response.statusCode() != 200) {
                    throw new UpstreamException(name + " answered HTTP " + response.statusCode() + " for this repository");
                }
                byte[] bytes = stream.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    throw new UpstreamException(name + " answered with an oversized body");
                }
                body = JSON.readTree(bytes);
            }
        } catch (IOException e) {
            throw new UpstreamException(name + " could not be reached or answered with something that is not JSON");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(name + " did not answer");
        }
        JsonNode branch = body == null ? null : body.get("default_branch");
        if (branch == null || !branch.isTextual() || !LocalGitHead.isValidBranchName(branch.asText())) {
            throw new UpstreamException(name + " did not name a valid default branch for this repository");
        }
        return new Metadata(branch.asText());
    }
}
