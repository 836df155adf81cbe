package dev.debtos.platform.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the debt ledger. Every read goes through the owner: an item of another user's repository is not found,
 * exactly like a missing one. Filters are bound parameters; only the ORDER BY comes from {@link DebtListQuery.Sort}.
 */
public final class DebtQueries {
    static final String COLUMNS = "d.id, d.repository_id, d.rule_key, d.type, d.severity, d.confidence, d.path, d.start_line,"
            + " d.end_line, d.title, d.message, d.evidence, d.suggested_fix, d.effort_minutes, d.priority, d.status,"
            + " d.first_seen_scan_id, d.last_seen_scan_id, d.resolved_at, d.created_at, d.updated_at, d.related_locations";

    private final DataSource dataSource;

    public DebtQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Page(List<DebtItem> items, long total) {
    }

    /** One page of a repository's items and their exact total; the caller has checked that the repository is the caller's. */
    public Page list(UUID repositoryId, DebtListQuery query) throws SQLException {
        return new Page(page(repositoryId, query), count(repositoryId, query));
    }

    /** Only the page, read in the sort's index order (LIMIT/OFFSET): cheap at any ledger size. */
    public List<DebtItem> page(UUID repositoryId, DebtListQuery query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(pageSql(query))) {
            int next = bind(connection, select, repositoryId, query);
            select.setInt(next, query.limit());
            select.setInt(next + 1, query.offset());
            List<DebtItem> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(item(rows));
                }
            }
            return items;
        }
    }

    /** How many items match the query's filters (sort and pagination play no part): visits every matching row. */
    public long count(UUID repositoryId, DebtListQuery query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*)" + where(query))) {
            bind(connection, count, repositoryId, query);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Only the filters asked for appear, so each statement's plan fits its filters (no "? = 0 OR" generic plans). */
    static String where(DebtListQuery query) {
        return " FROM debt_items d WHERE d.repository_id = ?"
                + (query.types().isEmpty() ? "" : " AND d.type = ANY(?::text[])")
                + (query.severities().isEmpty() ? "" : " AND d.severity = ANY(?::text[])")
                + (query.statuses().isEmpty() ? "" : " AND d.status = ANY(?::text[])")
                + (query.path().isPresent() ? " AND d.path LIKE ? ESCAPE '\\' AND d.path ~ ?" : "")
                + (query.text().isPresent() ? " AND (d.title ILIKE ? ESCAPE '\\' OR d.message ILIKE ? ESCAPE '\\'"
                        + " OR d.path ILIKE ? ESCAPE '\\')" : "");
    }

    /** The page's SQL (bind with {@link #bind}, then limit and offset). */
    static String pageSql(DebtListQuery query) {
        return "SELECT " + COLUMNS + where(query) + " ORDER BY " + query.sort().orderBy(query.descending()) + " LIMIT ? OFFSET ?";
    }

    /** The item when it belongs to a repository of {@code ownerId}. */
    public Optional<DebtItem> find(UUID ownerId, UUID itemId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, ownerId, itemId, false);
        }
    }

    static Optional<DebtItem> find(Connection connection, UUID ownerId, UUID itemId, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM debt_items d JOIN repositories r ON r.id = d.repository_id WHERE d.id = ? AND r.owner_id = ?"
                + (forUpdate ? " FOR UPDATE OF d" : ""))) {
            select.setObject(1, itemId);
            select.setObject(2, ownerId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(item(rows)) : Optional.empty();
            }
        }
    }

    /** The item's history, newest first (at most {@code limit} events). */
    public List<DebtEvent> events(UUID itemId, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT id, kind, from_status, to_status, actor_id, note, payload::text, created_at
                       FROM debt_item_events WHERE debt_item_id = ? ORDER BY created_at DESC, id LIMIT ?""")) {
            select.setObject(1, itemId);
            select.setInt(2, limit);
            List<DebtEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new DebtEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, UUID.class), rows.getString(6), rows.getString(7),
                            instant(rows.getTimestamp(8))));
                }
            }
            return events;
        }
    }

    static int bind(Connection connection, PreparedStatement statement, UUID repositoryId, DebtListQuery query)
            throws SQLException {
        int i = 1;
        statement.setObject(i++, repositoryId);
        for (List<String> values : List.of(query.types(), query.severities(), query.statuses())) {
            if (!values.isEmpty()) {
                Array array = connection.createArrayOf("text", values.toArray());
                statement.setArray(i++, array);
            }
        }
        if (query.path().isPresent()) {
            statement.setString(i++, query.path().get().likePrefix());
            statement.setString(i++, query.path().get().regex());
        }
        if (query.text().isPresent()) {
            String like = "%" + query.text().get().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int k = 0; k < 3; k++) {
                statement.setString(i++, like);
            }
        }
        return i;
    }

    static DebtItem item(ResultSet rows) throws SQLException {
        return new DebtItem(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                rows.getString(5), Double.parseDouble(Float.toString(rows.getFloat(6))) /* real: 0.2, not 0.2000000029 */, rows.getString(7), (Integer) rows.getObject(8), (Integer) rows.getObject(9),
                rows.getString(10), rows.getString(11), rows.getString(12), rows.getString(13), rows.getInt(14),
                rows.getDouble(15), rows.getString(16), rows.getObject(17, UUID.class), rows.getObject(18, UUID.class),
                instant(rows.getTimestamp(19)), instant(rows.getTimestamp(20)), instant(rows.getTimestamp(21)),
                rows.getString(22));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
