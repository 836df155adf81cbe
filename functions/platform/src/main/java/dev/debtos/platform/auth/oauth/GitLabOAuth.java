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
 * GitLab's (gitlab.com or self-hosted) OAuth flow: {@code /oauth/authorize}, {@code /oauth/token}
 * (authorization_code grant), then {@code /api/v4/user}. Scopes: {@code read_user} for the profile,
 * {@code read_repository} to clone, {@code api} for merge-request notes and commit statuses. The primary e-mail
 * of {@code /user} counts as verified only when the account is confirmed ({@code confirmed_at}).
 */
public final class GitLabOAuth implements OAuthProvider {
    static final String SCOPES = "read_user read_repository api";

    private final OAuthClientSettings settings;
    private final OAuthHttp http;

    public GitLabOAuth(OAuthClientSettings settings, OAuthHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public String name() {
        return "gitlab";
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
        query.put("response_type", "code");
        query.put("scope", SCOPES);
        query.put("state", state);
        return URI.create(settings.baseUrl() + "/oauth/authorize?" + OAuthHttp.query(query));
    }

    @Override
    public ProviderAccount signIn(String code) throws OAuthUpstreamException {
        var answer = http.postForm(URI.create(settings.baseUrl() + "/oauth/token"), Map.of(
                "client_id", settings.clientId(), "client_secret", settings.clientSecret().reveal(), "code", code,
                "grant_type", "authorization_code", "redirect_uri", settings.callbackUrl().toString()));
        String token = OAuthHttp.accessToken(answer);
        JsonNode user = http.get(URI.create(settings.apiUrl() + "/user"), token, "application/json");
        String id = OAuthHttp.text(user, "id");
        String login = OAuthHttp.text(user, "username");
        if (id == null || login == null) {
            throw new OAuthUpstreamException(Kind.UNAVAILABLE, "/user answered without id or username");
        }
        return new ProviderAccount(name(), id, login, Optional.ofNullable(OAuthHttp.text(user, "email")),
                OAuthHttp.text(user, "confirmed_at") != null, Optional.ofNullable(OAuthHttp.text(user, "name")),
                Optional.ofNullable(OAuthHttp.text(user, "avatar_url")), token, OAuthHttp.scopes(answer.body(), " "));
    }
}
