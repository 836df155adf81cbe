package dev.debtos.platform.auth.oauth;

import dev.debtos.platform.auth.OAuthIdentityStore.ProviderAccount;
import dev.debtos.platform.provider.UpstreamException;
import dev.debtos.platform.provider.UpstreamRefusedException;
import java.net.URI;

/** One OAuth provider's authorization-code flow: where to send the browser, and what a returned code yields. */
public interface OAuthProvider {

    /** {@code github} or {@code gitlab}, as stored in oauth_identities.provider. */
    String name();

    /** Where the provider sends the browser back (the configured callback URL). */
    URI callbackUri();

    /** The provider's authorization page for this state. */
    URI authorizeUri(String state);

    /**
     * Exchanges the code for an access token and reads the account it belongs to.
     *
     * @throws UpstreamRefusedException when the provider refuses the code
     * @throws UpstreamException        when it cannot be reached or answers unusably (neither carries the upstream
     *                                  body)
     */
    ProviderAccount signIn(String code) throws UpstreamException;
}
