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
 * GitHub's (and GitHub Enterprise Server's) OAuth app flow: {@code /login/oauth/authorize},
 * {@code /login/oauth/access_token} (JSON requested), then {@code /user} and {@code /user/emails} on the API base.
 * Scopes: {@code read:user user:email} for the profile and its verified e-mail, {@code repo} because the same token
 * clones private repositories and writes PR comments and commit statuses.
 */
public final class GitHubOAuth extends OAuthCodeFlow {
    static final String SCOPES = "read:user user:email repo";

    private final ProviderClient api = new ProviderClient("GitHub", "Accept", "application/vnd.github+json");

    public GitHubOAuth(OAuthClientSettings settings) {
        super(settings, "GitHub");
    }

    @Override
    public String name() {
        return "github";
    }

    @Override
    String authorizePath() {
        return "/login/oauth/authorize";
    }

    @Override
    String tokenPath() {
        return "/login/oauth/access_token";
    }

    @Override
    String scopes() {
        return SCOPES;
    }

    @Override
    Map<String, String> extraAuthorizeParameters() {
        return Map.of("allow_signup", "false");
    }

    @Override
    String grantedScopeSeparator() {
        return ",";
    }

    @Override
    ProviderAccount account(Secret token, List<String> grantedScopes) throws UpstreamException {
        JsonNode user = api.get(api("/user"), Optional.of(token));
        String id = text(user, "id");
        String login = text(user, "login");
        if (id == null || login == null) {
            throw new UpstreamAnswerException("GitHub", "GET /user", 200, "answered without id or login");
        }
        Optional<String> verifiedEmail = primaryVerifiedEmail(api.get(api("/user/emails"), Optional.of(token)));
        Optional<String> email = verifiedEmail.or(() -> Optional.ofNullable(text(user, "email")));
        return new ProviderAccount(name(), id, login, email, verifiedEmail.isPresent(),
                Optional.ofNullable(text(user, "name")), Optional.ofNullable(text(user, "avatar_url")),
                token.reveal(), grantedScopes);
    }

    private static Optional<String> primaryVerifiedEmail(JsonNode emails) {
        if (emails.isArray()) {
            for (JsonNode entry : emails) {
                if (entry.path("primary").asBoolean(false) && entry.path("verified").asBoolean(false)) {
                    return Optional.ofNullable(text(entry, "email"));
                }
            }
        }
        return Optional.empty();
    }
}
