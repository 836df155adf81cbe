package dev.debtos.platform.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Purges what {@link RetentionPolicy} no longer keeps, in batches of {@value #BATCH} rows (short transactions,
 * short locks), or with {@code dryRun} only counts it. Deleting a scan cascades to its file snapshots and function
 * metrics and sets the ledger's first/last-seen scan links, webhook deliveries' and LLM usage's scan links to NULL
 * (ON DELETE SET NULL): debt items keep their rows, statuses and history. Active scans are never touched.
 */
public final class Retention {
    private static final int BATCH = 1_000;
    /** A completed scan with a later completed scan of its repository (so not the one to keep). */
    private static final String SUPERSEDED = """
            (s.status <> 'completed' OR EXISTS (SELECT 1 FROM scans t WHERE t.repository_id = s.repository_id
                AND t.status = 'completed' AND (t.finished_at > s.finished_at OR (t.finished_at = s.finished_at AND t.id > s.id))))""";

    private enum Target {
        SCANS("scans", "scans", """
                SELECT s.id FROM scans s WHERE s.status IN ('completed', 'failed', 'cancelled')
                   AND s.finished_at < now() - make_interval(secs => ?) AND """ + SUPERSEDED),
        SNAPSHOTS("fileSnapshots", "file_snapshots", """
                SELECT f.id FROM file_snapshots f JOIN scans s ON s.id = f.scan_id
                 WHERE s.status IN ('completed', 'failed', 'cancelled')
                   AND s.finished_at < now() - make_interval(secs => ?) AND """ + SUPERSEDED
                + " AND s.finished_at >= now() - make_interval(secs => ?)"),
        WEBHOOK_DELIVERIES("webhookDeliveries", "webhook_deliveries",
                "SELECT id FROM webhook_deliveries WHERE received_at < now() - make_interval(secs => ?)"),
        AUDIT_ENTRIES("auditEntries", "audit_log", "SELECT id FROM audit_log WHERE created_at < now() - make_interval(secs => ?)");

        final String key;
        final String table;
        final String ids;

        Target(String key, String table, String ids) {
            this.key = key;
            this.table = table;
            this.ids = ids;
        }

        Duration keep(RetentionPolicy policy) {
            return switch (this) {
                case SCANS -> policy.scans();
                case SNAPSHOTS -> policy.snapshots();
                case WEBHOOK_DELIVERIES -> policy.webhookDeliveries();
                case AUDIT_ENTRIES -> policy.auditEntries();
            };
        }
    }

    private final DataSource dataSource;

    public Retention(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Rows purged (or, with {@code dryRun}, that would be) per kind: scans, fileSnapshots (of scans that stay; those
     * of purged scans go with them), webhookDeliveries, auditEntries.
     */
    public Map<String, Long> purge(RetentionPolicy policy, boolean dryRun) throws SQLException {
        Map<String, Long> purged = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Target target : Target.values()) {
                double[] seconds = {target.keep(policy).toMillis() / 1000.0, policy.scans().toMillis() / 1000.0};
                purged.put(target.key, dryRun ? count(connection, target, seconds) : delete(connection, target, seconds));
            }
        }
        return purged;
    }

    /** The target's period; for snapshots also the scans' one (snapshots of scans being purged are counted there). */
    private static void bind(PreparedStatement statement, Target target, double[] seconds) throws SQLException {
        statement.setDouble(1, seconds[0]);
        if (target == Target.SNAPSHOTS) {
            statement.setDouble(2, seconds[1]);
        }
    }

    private static long count(Connection connection, Target target, double[] seconds) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM (" + target.ids + ") purge")) {
            bind(select, target, seconds);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long delete(Connection connection, Target target, double[] seconds) throws SQLException {
        long total = 0;
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + target.table + " WHERE id IN (" + target.ids + " LIMIT " + BATCH + ")")) {
            bind(delete, target, seconds);
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == BATCH);
        }
        return total;
    }
}
