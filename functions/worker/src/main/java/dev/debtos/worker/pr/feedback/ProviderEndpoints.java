package dev.debtos.worker.pr.feedback;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.GitProviderSettings;
import java.net.URI;
import java.util.Map;

/**
 * Where the providers' REST APIs are: GitHub's API base and GitLab's web base (the API is below /api/v4), as
 * {@link GitProviderSettings} reads them from GITHUB_BASE_URL / GITHUB_API_URL and GITLAB_BASE_URL. Tests point
 * both at a local server.
 */
public record ProviderEndpoints(URI githubApi, URI gitlabBase) {

    /** From the provider variables alone; a malformed one is refused naming the variable, not the value. */
    public static ProviderEndpoints fromEnvironment(Map<String, String> env) {
        return of(GitProviderSettings.fromEnvironment(env));
    }

    /** The configuration's provider URLs, the same the OAuth clients and the sync route use. */
    public static ProviderEndpoints of(AppConfig config) {
        return of(config.gitProviders());
    }

    private static ProviderEndpoints of(GitProviderSettings providers) {
        return new ProviderEndpoints(providers.githubApi(), providers.gitlabWeb());
    }

    /** {@code base} + {@code path}, with one slash between them whatever the base ends with. */
    static URI resolve(URI base, String path) {
        return URI.create(GitProviderSettings.trimmed(base) + path);
    }
}
