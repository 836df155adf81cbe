package dev.debtos.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the audit log for GET /api/audit, newest first. There is no operator role in the schema: the admin scope
 * is a user's credential scope, so a caller sees the trail that concerns them and nobody else's:
 * <ul>
 * <li>every entry the caller is the actor of, and</li>
 * <li>entries without an actor (webhook deliveries, the scan worker, failed attempts) whose target is the caller's
 *     own user, repository, scan or API key.</li>
 * </ul>
 * Another user's actions are never shown, even on the caller's objects (that would disclose their user id; another
 * user cannot change the caller's objects anyway, since every route answers 404 there). Operators read the whole
 * table with SQL (operations guide, "Audit Logging").
 */
public final class AuditQueries {
    private static final String VISIBLE = """
             (a.actor_id = ? OR (a.actor_id IS NULL AND (
                  (a.target_type = 'user' AND a.target_id = ?::text)
               OR (a.target_type = 'repository' AND a.target_id IN (SELECT r.id::text FROM repositories r WHERE r.owner_id = ?))
               OR (a.target_type = 'scan' AND a.target_id IN (SELECT s.id::text FROM scans s JOIN repositories r
                                                               ON r.id = s.repository_id WHERE r.owner_id = ?))
               OR (a.target_type = 'api_key' AND a.target_id IN (SELECT k.id::text FROM api_keys k WHERE k.user_id = ?)))))""";

    private final DataSource dataSource;

    public AuditQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Record(UUID id, UUID actorId, UUID apiKeyId, String action, String targetType, String targetId, String ip,
                         String userAgent, boolean success, String detailsJson, Instant createdAt) {
    }

    public record Page(List<Record> items, long total) {
    }

    public Page visibleTo(UUID caller, Optional<String> action, Optional<UUID> actor, int limit, int offset) throws SQLException {
        String where = " FROM audit_log a WHERE" + VISIBLE + (action.isPresent() ? " AND a.action = ?" : "")
                + (actor.isPresent() ? " AND a.actor_id = ?" : "");
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*)" + where)) {
                bind(count, caller, action, actor);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Record> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT a.id, a.actor_id, a.api_key_id, a.action,"
                    + " a.target_type, a.target_id, host(a.ip), a.user_agent, a.success, a.details::text, a.created_at" + where
                    + " ORDER BY a.created_at DESC, a.id LIMIT ? OFFSET ?")) {
                int next = bind(select, caller, action, actor);
                select.setInt(next, limit);
                select.setInt(next + 1, offset);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new Record(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5), rows.getString(6),
                                rows.getString(7), rows.getString(8), rows.getBoolean(9), rows.getString(10),
                                rows.getTimestamp(11).toInstant()));
                    }
                }
            }
            return new Page(items, total);
        }
    }

    private static int bind(PreparedStatement statement, UUID caller, Optional<String> action, Optional<UUID> actor)
            throws SQLException {
        int i = 1;
        statement.setObject(i++, caller);
        statement.setString(i++, caller.toString());
        statement.setObject(i++, caller);
        statement.setObject(i++, caller);
        statement.setObject(i++, caller);
        if (action.isPresent()) {
            statement.setString(i++, action.get());
        }
        if (actor.isPresent()) {
            statement.setObject(i++, actor.get());
        }
        return i;
    }
}
