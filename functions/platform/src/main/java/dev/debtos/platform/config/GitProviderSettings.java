package dev.debtos.platform.config;

import java.net.URI;

/**
 * Where the git providers live: the web base URLs (clone URLs must point at their hosts) and the REST API bases the
 * sync route calls. GITHUB_BASE_URL (default https://github.com) and GITLAB_BASE_URL (default https://gitlab.com,
 * self-hosted GitLab) are the guide's variables; GITHUB_API_URL overrides GitHub's API base, which is
 * https://api.github.com for github.com and {@code <base>/api/v3} for GitHub Enterprise Server; GITLAB_API_URL
 * overrides GitLab's, {@code <base>/api/v4}. The same variables as the OAuth clients' ({@link OAuthClientSettings}),
 * read here whether or not OAuth is configured. Tests point them at a local fake server.
 */
public record GitProviderSettings(URI githubWeb, URI githubApi, URI gitlabWeb, URI gitlabApi) {

    static GitProviderSettings read(Env env) {
        URI githubWeb = HttpUrls.parse("GITHUB_BASE_URL", env.optional("GITHUB_BASE_URL").orElse("https://github.com"));
        String defaultApi = "github.com".equalsIgnoreCase(githubWeb.getHost()) ? "https://api.github.com"
                : trimmed(githubWeb) + "/api/v3";
        URI githubApi = HttpUrls.parse("GITHUB_API_URL", env.optional("GITHUB_API_URL").orElse(defaultApi));
        URI gitlabWeb = HttpUrls.parse("GITLAB_BASE_URL", env.optional("GITLAB_BASE_URL").orElse("https://gitlab.com"));
        URI gitlabApi = HttpUrls.parse("GITLAB_API_URL", env.optional("GITLAB_API_URL").orElse(trimmed(gitlabWeb) + "/api/v4"));
        return new GitProviderSettings(githubWeb, githubApi, gitlabWeb, gitlabApi);
    }

    public static GitProviderSettings defaults() {
        return new GitProviderSettings(URI.create("https://github.com"), URI.create("https://api.github.com"),
                URI.create("https://gitlab.com"), URI.create("https://gitlab.com/api/v4"));
    }

    /** The URL without a trailing slash, so paths can be appended. */
    public static String trimmed(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
