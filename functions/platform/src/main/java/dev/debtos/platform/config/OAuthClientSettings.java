package dev.debtos.platform.config;

import java.net.URI;
import java.util.Locale;

/**
 * One OAuth application (GitHub or GitLab): client id, client secret, callback URL, the provider's base URL (where
 * browsers sign in and codes are exchanged) and its REST API's base URL.
 *
 * @param apiUrl PREFIX_API_URL, else derived: {@code https://api.github.com} for github.com, {@code <base>/api/v3}
 *               for GitHub Enterprise Server, {@code <base>/api/v4} for GitLab
 */
public record OAuthClientSettings(String clientId, Secret clientSecret, URI callbackUrl, URI baseUrl, URI apiUrl) {

    /** All of PREFIX_CLIENT_ID, PREFIX_CLIENT_SECRET and PREFIX_CALLBACK_URL, or none (the provider is then off). */
    static java.util.Optional<OAuthClientSettings> read(Env env, String prefix, String defaultBaseUrl) {
        var id = env.optional(prefix + "_CLIENT_ID");
        var secret = env.secret(prefix + "_CLIENT_SECRET");
        var callback = env.optional(prefix + "_CALLBACK_URL");
        if (id.isEmpty() && secret.isEmpty() && callback.isEmpty()) {
            return java.util.Optional.empty();
        }
        String clientId = env.required(prefix + "_CLIENT_ID", "when any " + prefix + " OAuth variable is set");
        Secret clientSecret = secret.orElseThrow(
                () -> new ConfigException(prefix + "_CLIENT_SECRET", "is required when " + prefix + "_CLIENT_ID is set"));
        URI callbackUrl = HttpUrls.parse(prefix + "_CALLBACK_URL",
                env.required(prefix + "_CALLBACK_URL", "when " + prefix + "_CLIENT_ID is set"));
        URI baseUrl = HttpUrls.parse(prefix + "_BASE_URL", withoutTrailingSlash(env.optional(prefix + "_BASE_URL").orElse(defaultBaseUrl)));
        URI apiUrl = HttpUrls.parse(prefix + "_API_URL", withoutTrailingSlash(env.optional(prefix + "_API_URL")
                .orElseGet(() -> defaultApiUrl(prefix, baseUrl))));
        return java.util.Optional.of(new OAuthClientSettings(clientId, clientSecret, callbackUrl, baseUrl, apiUrl));
    }

    private static String defaultApiUrl(String prefix, URI baseUrl) {
        if (prefix.equals("GITLAB")) {
            return baseUrl + "/api/v4";
        }
        return baseUrl.getHost().toLowerCase(Locale.ROOT).equals("github.com") ? "https://api.github.com" : baseUrl + "/api/v3";
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
