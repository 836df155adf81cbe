package dev.debtos.platform.config;

import java.net.URI;

/**
 * One OAuth application (GitHub or GitLab): client id, client secret, callback URL, the provider's base URL (where
 * browsers sign in and codes are exchanged) and its REST API's base URL.
 *
 * @param baseUrl PREFIX_BASE_URL or its default, from {@link GitProviderSettings}
 * @param apiUrl  PREFIX_API_URL or its default, from {@link GitProviderSettings} (the one place it is derived)
 */
public record OAuthClientSettings(String clientId, Secret clientSecret, URI callbackUrl, URI baseUrl, URI apiUrl) {

    /** All of PREFIX_CLIENT_ID, PREFIX_CLIENT_SECRET and PREFIX_CALLBACK_URL, or none (the provider is then off). */
    static java.util.Optional<OAuthClientSettings> read(Env env, String prefix, GitProviderSettings providers) {
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
        return java.util.Optional.of(new OAuthClientSettings(clientId, clientSecret, callbackUrl, providers.web(prefix),
                providers.api(prefix)));
    }
}
