package dev.debtos.platform.auth.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.auth.OAuthIdentityStore.ProviderAccount;
import dev.debtos.platform.config.OAuthClientSettings;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.provider.ProviderClient;
import dev.debtos.platform.provider.UpstreamAnswerException;
import dev.debtos.platform.provider.UpstreamException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitLab's (gitlab.com or self-hosted) OAuth flow: {@code /oauth/authorize}, {@code /oauth/token}
 * (authorization_code grant), then {@code /api/v4/user}. Scopes: {@code read_user} for the profile,
 * {@code read_repository} to clone, {@code api} for merge-request notes and commit statuses. The primary e-mail
 * of {@code /user} counts as verified only when the account is confirmed ({@code confirmed_at}).
 */
public final class GitLabOAuth extends OAuthCodeFlow {
    static final String SCOPES = "read_user read_repository api";

    private final ProviderClient api = new ProviderClient("GitLab", "Accept", "application/json");

    public GitLabOAuth(OAuthClientSettings settings) {
        super(settings, "GitLab");
    }

    @Override
    public String name() {
        return "gitlab";
    }

    @Override
    String authorizePath() {
        return "/oauth/authorize";
    }

    @Override
    String tokenPath() {
        return "/oauth/token";
    }

    @Override
    String scopes() {
        return SCOPES;
    }

    @Override
    Map<String, String> extraAuthorizeParameters() {
        return Map.of();
    }

    @Override
    String grantedScopeSeparator() {
        return " ";
    }

    @Override
    ProviderAccount account(Secret token, List<String> grantedScopes) throws UpstreamException {
        JsonNode user = api.get(api("/user"), Optional.of(token));
        String id = text(user, "id");
        String login = text(user, "username");
        if (id == null || login == null) {
            throw new UpstreamAnswerException("GitLab", "GET /user", 200, "answered without id or username");
        }
        return new ProviderAccount(name(), id, login, Optional.ofNullable(text(user, "email")),
                text(user, "confirmed_at") != null, Optional.ofNullable(text(user, "name")),
                Optional.ofNullable(text(user, "avatar_url")), token.reveal(), grantedScopes);
    }
}
