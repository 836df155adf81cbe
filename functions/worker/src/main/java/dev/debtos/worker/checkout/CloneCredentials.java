package dev.debtos.worker.checkout;

import dev.debtos.platform.auth.OAuthTokens;
import dev.debtos.platform.scan.Repository;
import java.util.Optional;

/**
 * The access token a private repository is cloned with: the repository owner's OAuth token for its provider
 * ({@code oauth_identities.access_token_encrypted}, decrypted by an adapter that holds the data key). The token
 * goes to JGit as a {@code UsernamePasswordCredentialsProvider("x-access-token", token)}, never into a URL or a log.
 */
@FunctionalInterface
public interface CloneCredentials {
    CloneCredentials NONE = repository -> Optional.empty();

    Optional<String> token(Repository repository) throws Exception;

    /** The repository owner's OAuth token for the repository's provider (github | gitlab), decrypted by {@code tokens}. */
    static CloneCredentials ownersOAuthToken(OAuthTokens tokens) {
        return repository -> "github".equals(repository.provider()) || "gitlab".equals(repository.provider())
                ? tokens.accessToken(repository.ownerId(), repository.provider())
                : Optional.empty();
    }
}
