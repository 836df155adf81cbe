package dev.debtos.platform.ledger;

import dev.debtos.engine.scoring.Scoring;
import java.math.BigDecimal;
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
            Map<String, Long> byType = zeros(DebtVocabulary.TYPES);
            Map<String, Long> bySeverity = zeros(DebtVocabulary.SEVERITIES);
            Map<String, Long> byStatus = zeros(DebtVocabulary.STATUSES);
            long effort = 0;
            // One pass over the repository's items for every total.
            try (PreparedStatement select = connection.prepareStatement("SELECT type, severity, status, count(*),"
                    + " sum(effort_minutes) FROM debt_items WHERE repository_id = ? GROUP BY type, severity, status")) {
                select.setObject(1, repositoryId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long count = rows.getLong(4);
                        byStatus.merge(rows.getString(3), count, Long::sum);
                        if (DebtStatus.fromWire(rows.getString(3)).filter(DebtStatus.UNRESOLVED::contains).isPresent()) {
                            byType.merge(rows.getString(1), count, Long::sum);
                            bySeverity.merge(rows.getString(2), count, Long::sum);
                            effort += rows.getLong(5);
                        }
                    }
                }
            }
            long open = bySeverity.values().stream().mapToLong(Long::longValue).sum();
            Double ratio = scan.isEmpty() ? null
                    : codeLines == 0 ? 0.0 : Math.round(effort / (Scoring.MINUTES_PER_LINE * codeLines) * 10_000) / 10_000.0;
            String rating = ratio == null ? null : String.valueOf(Scoring.rating(ratio));
            return new Summary(repositoryId, scan.map(LatestScan::id).orElse(null), scan.map(LatestScan::finishedAt).orElse(null),
                    codeLines, open, effort, ratio, rating, byType, bySeverity, byStatus,
                    open == 0 ? emptyPlan() : plan(connection, repositoryId, open, topPerStep));
        }
    }

    /**
     * The median priority of the unresolved items (the engine's rule: the element at index n/2 from the top), the size of
     * each step in one pass, then each step's top items read in priority-index order.
     */
    private static List<Step> plan(Connection connection, UUID repositoryId, long open, int top) throws SQLException {
        // numeric, as the column: a double parameter would cast every priority to double precision, and the priority
        // index could no longer bound the scan (the deferrable step's top items walked half the ledger to find ten)
        BigDecimal median;
        try (PreparedStatement select = connection.prepareStatement("SELECT priority FROM debt_items d WHERE d.repository_id = ?"
                + " AND " + DebtVocabulary.UNRESOLVED_SQL + " ORDER BY priority DESC OFFSET ? LIMIT 1")) {
            select.setObject(1, repositoryId);
            select.setLong(2, open / 2);
            try (ResultSet rows = select.executeQuery()) {
                median = rows.next() ? rows.getBigDecimal(1) : BigDecimal.ZERO; // items resolved since the count: everything ranks as one step
            }
        }
        List<String> conditions = List.of("d.priority >= ? AND d.effort_minutes <= ?", "d.priority >= ? AND d.effort_minutes > ?",
                "d.priority < ? AND ? >= 0");
        long[] counts = new long[3];
        long[] minutes = new long[3];
        StringBuilder sizes = new StringBuilder("SELECT ");
        for (int i = 0; i < 3; i++) {
            sizes.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(conditions.get(i)).append("),")
                    .append(" coalesce(sum(d.effort_minutes) FILTER (WHERE ").append(conditions.get(i)).append("), 0)");
        }
        sizes.append(" FROM debt_items d WHERE d.repository_id = ? AND ").append(DebtVocabulary.UNRESOLVED_SQL);
        try (PreparedStatement select = connection.prepareStatement(sizes.toString())) {
            int p = 1;
            for (int i = 0; i < 3; i++) {
                for (int twice = 0; twice < 2; twice++) {
                    select.setBigDecimal(p++, median);
                    select.setInt(p++, Scoring.QUICK_WIN_MINUTES);
                }
            }
            select.setObject(p, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                for (int i = 0; i < 3; i++) {
                    counts[i] = rows.getLong(1 + 2 * i);
                    minutes[i] = rows.getLong(2 + 2 * i);
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<PlanItem> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT d.id, d.title, d.type, d.severity, d.path, d.start_line, d.effort_minutes, d.priority
                      FROM debt_items d WHERE d.repository_id = ? AND %s AND %s
                     ORDER BY d.priority DESC, d.id LIMIT ?""".formatted(DebtVocabulary.UNRESOLVED_SQL, conditions.get(i)))) {
                select.setObject(1, repositoryId);
                select.setBigDecimal(2, median);
                select.setInt(3, Scoring.QUICK_WIN_MINUTES);
                select.setInt(4, top);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new PlanItem(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), (Integer) rows.getObject(6), rows.getInt(7), rows.getDouble(8)));
                    }
                }
            }
            steps.add(new Step(i + 1, STEPS.get(i), counts[i], minutes[i], List.copyOf(items)));
        }
        return steps;
    }

    private static List<Step> emptyPlan() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            steps.add(new Step(i + 1, STEPS.get(i), 0, 0, List.of()));
        }
        return steps;
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
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
