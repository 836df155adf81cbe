package dev.debtos.platform.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A repository's stored ledger totals (debt_item_counts: items and effort per type, severity and status) and plan split
 * (debt_plans: the median priority of the unresolved items and each step's size), so the summary and the trends read a
 * few rows instead of every item. Written in the transaction that changes the ledger, under the repository's row
 * lock: {@link #refresh} recounts both from debt_items (migration 025's {@code refresh_debt_summary}); {@link #move}
 * adjusts the two count rows of a status change that keeps the item unresolved (or keeps it out of the unresolved
 * statuses), which leaves the plan as it is.
 */
public final class DebtSummaryStore {
    private DebtSummaryStore() {
    }

    /** One debt_item_counts row. */
    public record Count(String type, String severity, String status, long items, long effortMinutes) {
    }

    /** The stored plan split; {@code medianPriority} is null while nothing is unresolved. */
    public record PlanSplit(BigDecimal medianPriority, long[] items, long[] effortMinutes) {
    }

    public static void refresh(Connection transaction, UUID repositoryId) throws SQLException {
        try (PreparedStatement refresh = transaction.prepareStatement("SELECT refresh_debt_summary(?)")) {
            refresh.setObject(1, repositoryId);
            refresh.execute();
        }
    }

    /**
     * A status change from {@code from} to {@code item.status()}: the plan changes only when the item enters or leaves
     * the unresolved statuses (then everything is recounted), otherwise one item moves between two count rows.
     */
    public static void move(Connection transaction, DebtItem item, DebtStatus from) throws SQLException {
        DebtStatus to = DebtStatus.fromWire(item.status()).orElseThrow();
        if (DebtStatus.UNRESOLVED.contains(from) != DebtStatus.UNRESOLVED.contains(to)) {
            refresh(transaction, item.repositoryId());
            return;
        }
        try (PreparedStatement add = transaction.prepareStatement("""
                INSERT INTO debt_item_counts (repository_id, type, severity, status, items, effort_minutes)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (repository_id, type, severity, status) DO UPDATE
                SET items = debt_item_counts.items + excluded.items,
                    effort_minutes = debt_item_counts.effort_minutes + excluded.effort_minutes""")) {
            bind(add, item, from.wireName(), -1);
            add.addBatch();
            bind(add, item, to.wireName(), 1);
            add.addBatch();
            add.executeBatch();
        }
    }

    static List<Count> counts(Connection connection, UUID repositoryId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT type, severity, status, items, effort_minutes FROM debt_item_counts WHERE repository_id = ?")) {
            select.setObject(1, repositoryId);
            List<Count> counts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new Count(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getLong(5)));
                }
            }
            return counts;
        }
    }

    static Optional<PlanSplit> plan(Connection connection, UUID repositoryId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT median_priority, quick_wins_items, quick_wins_effort, strategic_items, strategic_effort,
                       deferrable_items, deferrable_effort FROM debt_plans WHERE repository_id = ?""")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long[] items = new long[3];
                long[] effort = new long[3];
                for (int i = 0; i < 3; i++) {
                    items[i] = rows.getLong(2 + 2 * i);
                    effort[i] = rows.getLong(3 + 2 * i);
                }
                return Optional.of(new PlanSplit(rows.getBigDecimal(1), items, effort));
            }
        }
    }

    private static void bind(PreparedStatement add, DebtItem item, String status, int sign) throws SQLException {
        add.setObject(1, item.repositoryId());
        add.setString(2, item.type());
        add.setString(3, item.severity());
        add.setString(4, status);
        add.setLong(5, sign);
        add.setLong(6, (long) sign * item.effortMinutes());
    }
}
