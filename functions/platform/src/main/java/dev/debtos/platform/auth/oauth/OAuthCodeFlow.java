package dev.debtos.platform.auth.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.auth.OAuthIdentityStore.ProviderAccount;
import dev.debtos.platform.config.OAuthClientSettings;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.provider.ProviderClient;
import dev.debtos.platform.provider.UpstreamAnswerException;
import dev.debtos.platform.provider.UpstreamException;
import dev.debtos.platform.provider.UpstreamRefusedException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The authorization-code flow both providers share: the authorization page with our client id, callback and state,
 * the code exchanged for a token at the token endpoint, then the account read from the provider's API with that
 * token. A provider says where its endpoints are, which scopes it asks for and how its account is read.
 */
abstract class OAuthCodeFlow implements OAuthProvider {
    protected final OAuthClientSettings settings;
    private final ProviderClient tokenEndpoint;

    OAuthCodeFlow(OAuthClientSettings settings, String providerName) {
        this.settings = settings;
        this.tokenEndpoint = new ProviderClient(providerName, "Accept", "application/json");
    }

    /** The authorization page's path below the base URL. */
    abstract String authorizePath();

    /** The token endpoint's path below the base URL. */
    abstract String tokenPath();

    /** Space-separated scopes asked for. */
    abstract String scopes();

    /** Parameters of the authorization page beyond the standard ones. */
    abstract Map<String, String> extraAuthorizeParameters();

    /** What separates the granted scopes in the token answer. */
    abstract String grantedScopeSeparator();

    /** The account the token belongs to. */
    abstract ProviderAccount account(Secret token, List<String> grantedScopes) throws UpstreamException;

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
        query.put("scope", scopes());
        query.put("state", state);
        query.putAll(extraAuthorizeParameters());
        return URI.create(settings.baseUrl() + authorizePath() + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&")));
    }

    @Override
    public ProviderAccount signIn(String code) throws UpstreamException {
        var answer = tokenEndpoint.postForm(URI.create(settings.baseUrl() + tokenPath()), Map.of(
                "client_id", settings.clientId(), "client_secret", settings.clientSecret().reveal(), "code", code,
                "grant_type", "authorization_code", "redirect_uri", settings.callbackUrl().toString()));
        String token = accessToken(answer);
        String scope = text(answer.body(), "scope");
        List<String> granted = scope == null ? List.of() : Arrays.stream(scope.split(grantedScopeSeparator()))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return account(Secret.of(token), granted);
    }

    /**
     * The access token of a token endpoint's answer. An OAuth error ({@code error} in the body, as GitHub answers
     * with 200 and GitLab with 400/401) or another 4xx is the code being refused; 5xx or a body without a token is
     * the provider failing. Only a well-formed error code is kept as the reason.
     */
    private String accessToken(ProviderClient.Answer answer) throws UpstreamException {
        String call = "POST " + tokenPath();
        String error = text(answer.body(), "error");
        if (error != null || (answer.status() >= 400 && answer.status() < 500)) {
            String reason = error != null && error.matches("[a-z_]{1,64}") ? error : "http_" + answer.status();
            throw new UpstreamRefusedException(name(), call, answer.status(), "refused the code: " + reason);
        }
        String token = text(answer.body(), "access_token");
        if (answer.status() != 200 || token == null || token.isBlank()) {
            throw new UpstreamAnswerException(name(), call, answer.status(), "answered " + answer.status() + " without a token");
        }
        return token;
    }

    /** A field's value as text; null when absent, null or not a value. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    /** The API's URL for {@code path}. */
    URI api(String path) {
        return URI.create(settings.apiUrl() + path);
    }
}
