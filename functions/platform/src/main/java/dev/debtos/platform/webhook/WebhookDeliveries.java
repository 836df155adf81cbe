package dev.debtos.platform.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The webhook_deliveries log, which is also the idempotency record: one row per provider + delivery id. A
 * verified delivery claims its row; a redelivery finds it taken and does nothing. A rejected (unverified) delivery
 * is logged too, but never blocks the genuine one: a later verified delivery with the same id takes the row over,
 * so nobody can burn a delivery id by sending it first with a bad signature. A delivery whose scan could not be
 * queued ({@code failed}) is taken over the same way by the provider's redelivery.
 */
public final class WebhookDeliveries {
    private final DataSource dataSource;

    public WebhookDeliveries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The new row's id, or empty when this delivery was already received (a redelivery). */
    public Optional<UUID> claim(String provider, String deliveryId, String event, UUID repositoryId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO webhook_deliveries (provider, delivery_id, event, repository_id) VALUES (?, ?, ?, ?)
                     ON CONFLICT (provider, delivery_id) DO UPDATE SET event = EXCLUDED.event,
                         repository_id = EXCLUDED.repository_id, outcome = 'received', received_at = now()
                     WHERE webhook_deliveries.outcome IN ('rejected', 'failed')
                     RETURNING id""")) {
            insert.setString(1, provider);
            insert.setString(2, deliveryId);
            insert.setString(3, event);
            insert.setObject(4, repositoryId);
            try (ResultSet row = insert.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** Logs a delivery that failed verification, unless the id is already known. */
    public void reject(String provider, String deliveryId, String event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO webhook_deliveries (provider, delivery_id, event, outcome) VALUES (?, ?, ?, 'rejected')
                     ON CONFLICT (provider, delivery_id) DO NOTHING""")) {
            insert.setString(1, provider);
            insert.setString(2, deliveryId);
            insert.setString(3, event);
            insert.executeUpdate();
        }
    }

    /** Records what the delivery led to: scan_queued (with the first scan), ignored or failed. */
    public void finish(UUID id, String outcome, UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE webhook_deliveries SET outcome = ?, scan_id = ? WHERE id = ?")) {
            update.setString(1, outcome);
            update.setObject(2, scanId);
            update.setObject(3, id);
            update.executeUpdate();
        }
    }
}
