package dev.debtos.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The audit_log table (operations guide, "Audit Logging"). Callers pass what happened, never a credential.
 * Writing is best effort for failures (a failed login must still answer 401 when the database is down) and the
 * loss is logged.
 */
public final class AuditLog {
    private static final Logger LOG = LogManager.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = Json.mapper();
    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int MAX_USER_AGENT = 512;

    private final DataSource dataSource;

    /** One entry. {@code ip} and {@code userAgent} come from the request; {@code details} holds no secret. */
    public record Entry(Optional<UUID> actorId, Optional<UUID> apiKeyId, String action, Optional<String> targetType,
                        Optional<String> targetId, Optional<String> ip, Optional<String> userAgent, boolean success,
                        Map<String, Object> details) {
    }

    public AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(Entry entry) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log"
                     + " (actor_id, api_key_id, action, target_type, target_id, ip, user_agent, success, details)"
                     + " VALUES (?, ?, ?, ?, ?, CAST(? AS inet), ?, ?, CAST(? AS jsonb))")) {
            insert.setObject(1, entry.actorId().orElse(null));
            insert.setObject(2, entry.apiKeyId().orElse(null));
            insert.setString(3, entry.action());
            insert.setString(4, entry.targetType().orElse(null));
            insert.setString(5, entry.targetId().orElse(null));
            insert.setString(6, entry.ip().filter(ip -> IP.matcher(ip).matches()).orElse(null));
            insert.setString(7, entry.userAgent().map(ua -> ua.length() > MAX_USER_AGENT ? ua.substring(0, MAX_USER_AGENT) : ua).orElse(null));
            insert.setBoolean(8, entry.success());
            insert.setString(9, JSON.writeValueAsString(entry.details()));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException | RuntimeException e) {
            LOG.warn("audit entry {} ({}) not written: {}", entry.action(), entry.success() ? "success" : "failure",
                    e.getClass().getSimpleName());
        }
    }

    /** The newest entries first, for tests and (later) GET /api/audit. */
    public List<Map<String, Object>> recent(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT action, actor_id, api_key_id, target_type, target_id,"
                     + " host(ip) AS ip, user_agent, success, details::text AS details FROM audit_log ORDER BY created_at DESC LIMIT ?")) {
            select.setInt(1, limit);
            var rows = new java.util.ArrayList<Map<String, Object>>();
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    var map = new java.util.LinkedHashMap<String, Object>();
                    for (String column : List.of("action", "actor_id", "api_key_id", "target_type", "target_id", "ip", "user_agent", "success", "details")) {
                        map.put(column, row.getObject(column));
                    }
                    rows.add(map);
                }
            }
            return rows;
        }
    }
}
