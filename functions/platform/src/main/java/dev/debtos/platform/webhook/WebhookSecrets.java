package dev.debtos.platform.webhook;

import dev.debtos.platform.crypto.SecretBox;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Per-repository webhook secrets, stored only encrypted ({@code repositories.webhook_secret_encrypted},
 * {@link SecretBox} with the purpose {@code webhook-secret:<repositoryId>}, so a ciphertext copied to another row
 * does not decrypt there). A secret is 256 random bits, URL-safe base64.
 */
public final class WebhookSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final SecretBox box;

    public WebhookSecrets(DataSource dataSource, SecretBox box) {
        this.dataSource = dataSource;
        this.box = box;
    }

    /** Replaces the secret of the owner's repository; empty when the repository is not theirs (or absent). */
    public Optional<String> rotate(UUID repositoryId, UUID ownerId) throws SQLException {
        String secret = newSecret();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE repositories SET webhook_secret_encrypted = ?, updated_at = now() WHERE id = ? AND owner_id = ?""")) {
            update.setBytes(1, box.encryptText(secret, purpose(repositoryId)));
            update.setObject(2, repositoryId);
            update.setObject(3, ownerId);
            return update.executeUpdate() == 1 ? Optional.of(secret) : Optional.empty();
        }
    }

    /** The repository's secret, created on first use (for the code that connects a repository and shows its hook). */
    public String ensure(UUID repositoryId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE repositories SET webhook_secret_encrypted = ? WHERE id = ? AND webhook_secret_encrypted IS NULL""")) {
            update.setBytes(1, box.encryptText(newSecret(), purpose(repositoryId)));
            update.setObject(2, repositoryId);
            update.executeUpdate();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT webhook_secret_encrypted FROM repositories WHERE id = ?")) {
            select.setObject(1, repositoryId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no repository " + repositoryId, "02000");
                }
                return box.decryptText(row.getBytes(1), purpose(repositoryId));
            }
        }
    }

    /** A stored secret in clear; empty when none is set or it does not decrypt (a rotated DATA_ENCRYPTION_KEY). */
    public Optional<String> open(UUID repositoryId, byte[] sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(box.decryptText(sealed, purpose(repositoryId)));
        } catch (SecretBox.UndecryptableException e) {
            return Optional.empty();
        }
    }

    static String purpose(UUID repositoryId) {
        return "webhook-secret:" + repositoryId;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
