package dev.debtos.platform.auth.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.auth.OAuthIdentityStore.ProviderAccount;
import dev.debtos.platform.auth.oauth.OAuthUpstreamException.Kind;
import dev.debtos.platform.config.OAuthClientSettings;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's (and GitHub Enterprise Server's) OAuth app flow: {@code /login/oauth/authorize},
 * {@code /login/oauth/access_token} (JSON requested), then {@code /user} and {@code /user/emails} on the API base.
 * Scopes: {@code read:user user:email} for the profile and its verified e-mail, {@code repo} because the same token
 * clones private repositories and writes PR comments and commit statuses.
 */
public final class GitHubOAuth implements OAuthProvider {
    static final String SCOPES = "read:user user:email repo";
    private static final String API_JSON = "application/vnd.github+json";

    private final OAuthClientSettings settings;
    private final OAuthHttp http;

    public GitHubOAuth(OAuthClientSettings settings, OAuthHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public String name() {
        return "github";
    }

    @Override
    public URI callbackUri() {
        return settings.callbackUrl();
    }

    @Override
    public URI authorizeUri(String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", settings.callbackUrl().toString());
        query.put("scope", SCOPES);
        query.put("state", state);
        query.put("allow_signup", "false");
        return URI.create(settings.baseUrl() + "/login/oauth/authorize?" + OAuthHttp.query(query));
    }

    @Override
    public ProviderAccount signIn(String code) throws OAuthUpstreamException {
        var answer = http.postForm(URI.create(settings.baseUrl() + "/login/oauth/access_token"), Map.of(
                "client_id", settings.clientId(), "client_secret", settings.clientSecret().reveal(),
                "code", code, "redirect_uri", settings.callbackUrl().toString()));
        String token = OAuthHttp.accessToken(answer);
        JsonNode user = http.get(URI.create(settings.apiUrl() + "/user"), token, API_JSON);
        String id = OAuthHttp.text(user, "id");
        String login = OAuthHttp.text(user, "login");
        if (id == null || login == null) {
            throw new OAuthUpstreamException(Kind.UNAVAILABLE, "/user answered without id or login");
        }
        Optional<String> verifiedEmail = primaryVerifiedEmail(http.get(URI.create(settings.apiUrl() + "/user/emails"), token, API_JSON));
        Optional<String> email = verifiedEmail.or(() -> Optional.ofNullable(OAuthHttp.text(user, "email")));
        return new ProviderAccount(name(), id, login, email, verifiedEmail.isPresent(),
                Optional.ofNullable(OAuthHttp.text(user, "name")), Optional.ofNullable(OAuthHttp.text(user, "avatar_url")),
                token, OAuthHttp.scopes(answer.body(), ","));
    }

    private static Optional<String> primaryVerifiedEmail(JsonNode emails) {
        if (emails.isArray()) {
            for (JsonNode entry : emails) {
                if (entry.path("primary").asBoolean(false) && entry.path("verified").asBoolean(false)) {
                    return Optional.ofNullable(OAuthHttp.text(entry, "email"));
                }
            }
        }
        return Optional.empty();
    }
}
