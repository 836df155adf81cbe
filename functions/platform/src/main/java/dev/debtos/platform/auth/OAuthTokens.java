package dev.debtos.platform.auth;

import dev.debtos.platform.crypto.SecretBox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The OAuth access tokens users granted at sign-in, decrypted for the code that acts on their behalf (the worker's
 * cloner, PR comments and commit statuses). Tokens are stored by {@link OAuthIdentityStore} under
 * {@link SecretBox} with the purpose {@link #purpose}, which binds each ciphertext to its identity.
 */
public final class OAuthTokens {
    private final DataSource dataSource;
    private final SecretBox box;

    public OAuthTokens(DataSource dataSource, SecretBox box) {
        this.dataSource = dataSource;
        this.box = box;
    }

    /**
     * The user's access token at {@code provider} ({@code github} | {@code gitlab}) from their most recent sign-in
     * there; empty when they never signed in with it, or when the token no longer decrypts (a rotated
     * DATA_ENCRYPTION_KEY: the user signs in again).
     */
    public Optional<String> accessToken(UUID userId, String provider) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT provider_user_id, access_token_encrypted FROM oauth_identities
                     WHERE user_id = ? AND provider = ? AND access_token_encrypted IS NOT NULL
                     ORDER BY updated_at DESC LIMIT 1""")) {
            select.setObject(1, userId);
            select.setString(2, provider);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(box.decryptText(row.getBytes(2), purpose(provider, row.getString(1))));
                } catch (SecretBox.UndecryptableException e) {
                    return Optional.empty();
                }
            }
        }
    }

    /** The additional authenticated data of one identity's token. */
    static String purpose(String provider, String providerUserId) {
        return "oauth-token:" + provider + ":" + providerUserId;
    }
}
