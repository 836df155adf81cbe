package dev.debtos.platform.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Human changes to the ledger: status changes (the workflow of {@link DebtStatus}) and feedback. A status change
 * locks the item, checks the transition against the status it finds, updates it (resolved_at set exactly while
 * resolved), writes a {@code status_change} event with actor and note, bumps the repository's
 * {@code ledger_version} (cache keys; the bump also takes the repository's row lock) and updates the stored totals
 * ({@link DebtSummaryStore#move}), all in one transaction.
 */
public final class DebtWorkflowStore {
    private final DataSource dataSource;

    public DebtWorkflowStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public sealed interface Change {
    }

    public record NotFound() implements Change {
    }

    public record Illegal(DebtStatus from, DebtStatus to) implements Change {
    }

    public record Changed(DebtItem item, DebtEvent event) implements Change {
    }

    public Change changeStatus(UUID ownerId, UUID itemId, DebtStatus target, Optional<String> note) throws SQLException {
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            try {
                Change change = changeStatus(transaction, ownerId, itemId, target, note);
                if (change instanceof Changed) {
                    transaction.commit();
                } else {
                    transaction.rollback();
                }
                return change;
            } catch (SQLException | RuntimeException e) {
                transaction.rollback();
                throw e;
            } finally {
                transaction.setAutoCommit(true);
            }
        }
    }

    private static Change changeStatus(Connection transaction, UUID ownerId, UUID itemId, DebtStatus target, Optional<String> note)
            throws SQLException {
        Optional<DebtItem> found = DebtQueries.find(transaction, ownerId, itemId, true);
        if (found.isEmpty()) {
            return new NotFound();
        }
        DebtStatus from = DebtStatus.fromWire(found.get().status()).orElseThrow();
        if (!from.canMoveTo(target)) {
            return new Illegal(from, target);
        }
        DebtItem updated;
        try (PreparedStatement update = transaction.prepareStatement("UPDATE debt_items d SET status = ?,"
                + " resolved_at = CASE WHEN ? = 'resolved' THEN now() ELSE NULL END, updated_at = now()"
                + " WHERE d.id = ? RETURNING " + DebtQueries.COLUMNS)) {
            update.setString(1, target.wireName());
            update.setString(2, target.wireName());
            update.setObject(3, itemId);
            try (ResultSet rows = update.executeQuery()) {
                rows.next();
                updated = DebtQueries.item(rows);
            }
        }
        try (PreparedStatement bump = transaction.prepareStatement(
                "UPDATE repositories SET ledger_version = ledger_version + 1 WHERE id = ?")) {
            bump.setObject(1, updated.repositoryId());
            bump.executeUpdate();
        }
        DebtSummaryStore.move(transaction, updated, from);
        DebtEvent event = insertEvent(transaction, itemId, "status_change", from.wireName(), target.wireName(), ownerId,
                note.orElse(null), "{}");
        return new Changed(updated, event);
    }

    /** Records a verdict on an item of {@code ownerId}'s; empty when there is no such item. */
    public Optional<DebtEvent> feedback(UUID ownerId, UUID itemId, boolean valid, Optional<String> reason) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (DebtQueries.find(connection, ownerId, itemId, false).isEmpty()) {
                return Optional.empty();
            }
            String payload = valid ? "{\"verdict\":\"valid\"}" : "{\"verdict\":\"invalid\"}";
            return Optional.of(insertEvent(connection, itemId, "feedback", null, null, ownerId, reason.orElse(null), payload));
        }
    }

    private static DebtEvent insertEvent(Connection connection, UUID itemId, String kind, String from, String to, UUID actor,
                                         String note, String payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, actor_id, note, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING id, created_at""")) {
            insert.setObject(1, itemId);
            insert.setString(2, kind);
            insert.setString(3, from);
            insert.setString(4, to);
            insert.setObject(5, actor);
            insert.setString(6, note);
            insert.setString(7, payload);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return new DebtEvent(rows.getObject(1, UUID.class), kind, from, to, actor, note, payload,
                        rows.getTimestamp(2).toInstant());
            }
        }
    }
}
