package dev.debtos.platform.repos;

import dev.debtos.platform.config.Secret;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's OAuth access token at a provider, for calls made on their behalf: the API wires the tokens the OAuth
 * sign-in stored ({@code OAuthTokens}); {@link #NONE} makes anonymous calls (enough for public repositories).
 */
@FunctionalInterface
public interface ProviderTokens {
    ProviderTokens NONE = (user, provider) -> Optional.empty();

    Optional<Secret> accessToken(UUID userId, String provider) throws SQLException;
}
