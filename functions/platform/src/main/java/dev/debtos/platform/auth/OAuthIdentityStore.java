package dev.debtos.platform.auth;

import dev.debtos.platform.crypto.SecretBox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Signs a provider account in: the users row and the oauth_identities row, found by the provider's stable user id
 * (logins can be renamed), with the access token encrypted ({@link SecretBox}, purpose
 * {@code oauth-token:<provider>:<providerUserId>}).
 *
 * <p>A first sign-in with an e-mail address the provider has <em>verified</em> joins the user who already holds
 * that address (a person who signs in with GitHub and later GitLab stays one user). An unverified address is
 * never used to join, and is not stored when another user already holds it.
 */
public final class OAuthIdentityStore {
    private final DataSource dataSource;
    private final SecretBox box;

    /** What the provider said about the account, and the token it granted. */
    public record ProviderAccount(String provider, String providerUserId, String login, Optional<String> email,
                                  boolean emailVerified, Optional<String> displayName, Optional<String> avatarUrl,
                                  String accessToken, List<String> scopes) {
        @Override
        public String toString() {
            return "ProviderAccount[" + provider + ":" + providerUserId + " " + login + "]";
        }
    }

    public OAuthIdentityStore(DataSource dataSource, SecretBox box) {
        this.dataSource = dataSource;
        this.box = box;
    }

    /** The DEBT-OS user of this account, created on first sign-in; records the login and stores the new token. */
    public User signIn(ProviderAccount account) throws SQLException {
        byte[] token = box.encryptText(account.accessToken(), OAuthTokens.purpose(account.provider(), account.providerUserId()));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                UUID userId = existingUser(connection, account).orElse(null);
                if (userId == null) {
                    userId = joinOrCreateUser(connection, account);
                }
                userId = upsertIdentity(connection, account, userId, token);
                User user = touchUser(connection, userId, account);
                connection.commit();
                return user;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static Optional<UUID> existingUser(Connection connection, ProviderAccount account) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT user_id FROM oauth_identities WHERE provider = ? AND provider_user_id = ?")) {
            select.setString(1, account.provider());
            select.setString(2, account.providerUserId());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static UUID joinOrCreateUser(Connection connection, ProviderAccount account) throws SQLException {
        Optional<String> email = account.email().filter(e -> !e.isBlank());
        if (email.isPresent() && account.emailVerified()) {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO users (email, display_name, avatar_url) VALUES (?, ?, ?)
                    ON CONFLICT (lower(email)) WHERE email IS NOT NULL DO UPDATE SET updated_at = now()
                    RETURNING id""")) {
                upsert.setString(1, email.get());
                upsert.setString(2, account.displayName().orElse(account.login()));
                upsert.setString(3, account.avatarUrl().orElse(null));
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    return row.getObject(1, UUID.class);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO users (email, display_name, avatar_url)
                VALUES ((SELECT CAST(? AS text) WHERE NOT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(?))), ?, ?)
                RETURNING id""")) {
            insert.setString(1, email.orElse(null));
            insert.setString(2, email.orElse(""));
            insert.setString(3, account.displayName().orElse(account.login()));
            insert.setString(4, account.avatarUrl().orElse(null));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** Inserts or refreshes the identity; a concurrent first sign-in of the same account wins with its user. */
    private static UUID upsertIdentity(Connection connection, ProviderAccount account, UUID userId, byte[] token) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO oauth_identities (user_id, provider, provider_user_id, provider_login, access_token_encrypted, scopes)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (provider, provider_user_id) DO UPDATE SET provider_login = EXCLUDED.provider_login,
                    access_token_encrypted = EXCLUDED.access_token_encrypted, scopes = EXCLUDED.scopes, updated_at = now()
                RETURNING user_id""")) {
            upsert.setObject(1, userId);
            upsert.setString(2, account.provider());
            upsert.setString(3, account.providerUserId());
            upsert.setString(4, account.login());
            upsert.setBytes(5, token);
            upsert.setArray(6, connection.createArrayOf("text", account.scopes().toArray()));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static User touchUser(Connection connection, UUID userId, ProviderAccount account) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE users SET last_login_at = now(), updated_at = now(), avatar_url = COALESCE(?, avatar_url)
                WHERE id = ? RETURNING id, email, display_name""")) {
            update.setString(1, account.avatarUrl().orElse(null));
            update.setObject(2, userId);
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return new User(row.getObject("id", UUID.class), Optional.ofNullable(row.getString("email")),
                        Optional.ofNullable(row.getString("display_name")));
            }
        }
    }
}
