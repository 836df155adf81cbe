package dev.debtos.worker.pr.feedback;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Where the providers' REST APIs are: {@code GITHUB_API_URL} (default https://api.github.com; GitHub Enterprise
 * uses https://host/api/v3) and {@code GITLAB_BASE_URL} (default https://gitlab.com; the API is below /api/v4).
 * Tests point both at a local server.
 */
public record ProviderEndpoints(URI githubApi, URI gitlabBase) {

    public static ProviderEndpoints fromEnvironment(Map<String, String> env) {
        return new ProviderEndpoints(url("GITHUB_API_URL", env.getOrDefault("GITHUB_API_URL", "https://api.github.com")),
                url("GITLAB_BASE_URL", env.getOrDefault("GITLAB_BASE_URL", "https://gitlab.com")));
    }

    /**
     * The configuration's provider URLs ({@code AppConfig.gitProviders()}: GITHUB_BASE_URL / GITHUB_API_URL with the
     * GitHub Enterprise default, GITLAB_BASE_URL), the same the OAuth clients and the sync route use.
     */
    public static ProviderEndpoints of(dev.debtos.platform.config.AppConfig config) {
        return new ProviderEndpoints(config.gitProviders().githubApi(), config.gitProviders().gitlabWeb());
    }

    /** {@code base} + {@code path}, with one slash between them whatever the base ends with. */
    static URI resolve(URI base, String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }

    private static URI url(String variable, String raw) {
        try {
            URI uri = new URI(raw.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getRawUserInfo() == null
                    && uri.getRawQuery() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(variable + " must be an http(s) URL such as https://api.github.com");
    }
}
