package dev.debtos.platform.ledger;

import dev.debtos.engine.scoring.Scoring;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A repository's debt at a glance, with the engine's formulas ({@link Scoring}): debt ratio = unresolved effort
 * minutes / ({@value Scoring#MINUTES_PER_LINE} min × code lines of the latest completed scan), rated A–E by
 * {@link Scoring#rating}; totals of unresolved items by type and severity and of all items by status; and the
 * remediation plan: unresolved items at or above the median priority are quick wins (≤ {@value Scoring#QUICK_WIN_MINUTES}
 * min, step 1) or strategic (step 2), the rest deferrable (step 3), each step with its size and its top items.
 */
public final class SummaryQueries {
    static final List<String> STEPS = List.of("quick_wins", "strategic", "deferrable");

    private final DataSource dataSource;

    public SummaryQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record PlanItem(UUID id, String title, String type, String severity, String path, Integer startLine,
                           int effortMinutes, double priority) {
    }

    public record Step(int step, String name, long items, long effortMinutes, List<PlanItem> top) {
    }

    public record Summary(UUID repositoryId, UUID scanId, Instant scannedAt, long codeLines, long openItems,
                          long openEffortMinutes, Double debtRatio, String rating, Map<String, Long> byType,
                          Map<String, Long> bySeverity, Map<String, Long> byStatus, List<Step> plan) {
    }

    public Summary summary(UUID repositoryId, int topPerStep) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<LatestScan> scan = LatestScan.of(connection, repositoryId);
            long codeLines = scan.isEmpty() ? 0 : single(connection,
                    "SELECT coalesce(sum(loc), 0) FROM file_snapshots WHERE scan_id = ?", scan.get().id());
            Map<String, Long> byType = counts(connection, "type", true, repositoryId);
            Map<String, Long> bySeverity = counts(connection, "severity", true, repositoryId);
            Map<String, Long> byStatus = counts(connection, "status", false, repositoryId);
            long open = bySeverity.values().stream().mapToLong(Long::longValue).sum();
            long effort = single(connection, "SELECT coalesce(sum(effort_minutes), 0) FROM debt_items d"
                    + " WHERE repository_id = ? AND " + DebtVocabulary.UNRESOLVED_SQL, repositoryId);
            Double ratio = scan.isEmpty() ? null
                    : codeLines == 0 ? 0.0 : Math.round(effort / (Scoring.MINUTES_PER_LINE * codeLines) * 10_000) / 10_000.0;
            String rating = ratio == null ? null : String.valueOf(Scoring.rating(ratio));
            return new Summary(repositoryId, scan.map(LatestScan::id).orElse(null), scan.map(LatestScan::finishedAt).orElse(null),
                    codeLines, open, effort, ratio, rating, byType, bySeverity, byStatus, plan(connection, repositoryId, topPerStep));
        }
    }

    private static List<Step> plan(Connection connection, UUID repositoryId, int top) throws SQLException {
        List<List<PlanItem>> items = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long[] counts = new long[3];
        long[] minutes = new long[3];
        try (PreparedStatement select = connection.prepareStatement("""
                WITH open_items AS (
                    SELECT d.id, d.title, d.type, d.severity, d.path, d.start_line, d.effort_minutes, d.priority
                      FROM debt_items d WHERE d.repository_id = ? AND %s),
                median AS (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY priority DESC) AS priority FROM open_items),
                stepped AS (
                    SELECT o.*, CASE WHEN o.priority < m.priority THEN 3 WHEN o.effort_minutes <= ? THEN 1 ELSE 2 END AS step
                      FROM open_items o CROSS JOIN median m),
                ranked AS (
                    SELECT s.*, row_number() OVER (PARTITION BY step ORDER BY priority DESC, id) AS rank,
                           count(*) OVER (PARTITION BY step) AS items, sum(effort_minutes) OVER (PARTITION BY step) AS minutes
                      FROM stepped s)
                SELECT id, title, type, severity, path, start_line, effort_minutes, priority, step, items, minutes
                  FROM ranked WHERE rank <= ? ORDER BY step, rank""".formatted(DebtVocabulary.UNRESOLVED_SQL))) {
            select.setObject(1, repositoryId);
            select.setInt(2, Scoring.QUICK_WIN_MINUTES);
            select.setInt(3, top);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int step = rows.getInt(9) - 1;
                    counts[step] = rows.getLong(10);
                    minutes[step] = rows.getLong(11);
                    items.get(step).add(new PlanItem(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), (Integer) rows.getObject(6), rows.getInt(7), rows.getDouble(8)));
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            steps.add(new Step(i + 1, STEPS.get(i), counts[i], minutes[i], List.copyOf(items.get(i))));
        }
        return steps;
    }

    /** Item counts by {@code column} (a fixed column name, never input), unresolved items only when asked. */
    private static Map<String, Long> counts(Connection connection, String column, boolean unresolvedOnly, UUID repositoryId)
            throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> keys = switch (column) {
            case "type" -> DebtVocabulary.TYPES;
            case "severity" -> DebtVocabulary.SEVERITIES;
            default -> DebtVocabulary.STATUSES;
        };
        keys.forEach(key -> counts.put(key, 0L));
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column + ", count(*) FROM debt_items d"
                + " WHERE repository_id = ?" + (unresolvedOnly ? " AND " + DebtVocabulary.UNRESOLVED_SQL : "")
                + " GROUP BY " + column)) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static long single(Connection connection, String sql, UUID parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
