package dev.debtos.platform.config;

import java.net.URI;

/**
 * Where the git providers live: the web base URLs (where browsers sign in; clone URLs must point at their hosts) and
 * the REST API bases. GITHUB_BASE_URL (default https://github.com) and GITLAB_BASE_URL (default https://gitlab.com,
 * self-hosted GitLab) are the guide's variables; GITHUB_API_URL overrides GitHub's API base, which is
 * https://api.github.com for github.com and {@code <base>/api/v3} for GitHub Enterprise Server; GITLAB_API_URL
 * overrides GitLab's, {@code <base>/api/v4}. Read once, whether or not OAuth is configured: the OAuth clients
 * ({@link OAuthClientSettings}), repository sync and PR feedback all use these. No URL ends with a slash. Tests
 * point them at a local fake server.
 */
public record GitProviderSettings(URI githubWeb, URI githubApi, URI gitlabWeb, URI gitlabApi) {

    static GitProviderSettings read(Env env) {
        URI githubWeb = url(env, "GITHUB_BASE_URL", "https://github.com");
        String githubDefaultApi = "github.com".equalsIgnoreCase(githubWeb.getHost()) ? "https://api.github.com"
                : githubWeb + "/api/v3";
        URI gitlabWeb = url(env, "GITLAB_BASE_URL", "https://gitlab.com");
        return new GitProviderSettings(githubWeb, url(env, "GITHUB_API_URL", githubDefaultApi), gitlabWeb,
                url(env, "GITLAB_API_URL", gitlabWeb + "/api/v4"));
    }

    /** From these variables alone (a process that reads nothing else of the configuration). */
    public static GitProviderSettings fromEnvironment(java.util.Map<String, String> variables) {
        return read(new Env(variables, SecretSource.NONE));
    }

    public static GitProviderSettings defaults() {
        return new GitProviderSettings(URI.create("https://github.com"), URI.create("https://api.github.com"),
                URI.create("https://gitlab.com"), URI.create("https://gitlab.com/api/v4"));
    }

    /** The web base of {@code GITHUB} or {@code GITLAB}. */
    URI web(String prefix) {
        return prefix.equals("GITLAB") ? gitlabWeb : githubWeb;
    }

    /** The REST API base of {@code GITHUB} or {@code GITLAB}. */
    URI api(String prefix) {
        return prefix.equals("GITLAB") ? gitlabApi : githubApi;
    }

    /** The URL without a trailing slash, so paths can be appended. */
    public static String trimmed(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static URI url(Env env, String variable, String fallback) {
        String raw = env.optional(variable).orElse(fallback);
        return HttpUrls.parse(variable, raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
    }
}
