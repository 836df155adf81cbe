package dev.debtos.worker.pr.feedback;

import dev.debtos.platform.auth.OAuthTokens;
import dev.debtos.platform.config.Secret;
import java.util.Optional;
import java.util.UUID;

/** {@link ProviderTokens} from the platform's encrypted token store (the user's latest sign-in at the provider). */
public final class OAuthProviderTokens implements ProviderTokens {
    private final OAuthTokens tokens;

    public OAuthProviderTokens(OAuthTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<Secret> accessToken(UUID userId, String provider) throws Exception {
        return tokens.accessToken(userId, provider).map(Secret::of);
    }
}
