package dev.debtos.platform.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The repositories a delivery may be for: every user who connected {@code provider} + full name (case-insensitive,
 * as both providers treat it), with their sealed secret and the settings that decide whether it scans.
 */
public final class WebhookTargets {
    private final DataSource dataSource;

    /** One connected repository. Settings default as the settings contract says (true when absent). */
    public record Target(UUID repositoryId, UUID ownerId, String defaultBranch, byte[] sealedSecret, boolean scanOnPush,
                         boolean scanOnPr, String lastScannedCommit) {
    }

    public WebhookTargets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Target> find(String provider, String fullName) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT id, owner_id, default_branch, webhook_secret_encrypted,
                            COALESCE((settings->>'scanOnPush')::boolean, true) AS scan_on_push,
                            COALESCE((settings->>'scanOnPr')::boolean, true) AS scan_on_pr, last_scanned_commit
                     FROM repositories WHERE provider = ? AND lower(full_name) = lower(?)
                     ORDER BY created_at LIMIT 50""")) {
            select.setString(1, provider);
            select.setString(2, fullName);
            List<Target> targets = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    targets.add(new Target(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                            row.getBytes(4), row.getBoolean(5), row.getBoolean(6), row.getString(7)));
                }
            }
            return targets;
        }
    }
}
