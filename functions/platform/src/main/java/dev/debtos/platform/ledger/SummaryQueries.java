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
 * Totals and step sizes are the stored ones ({@link DebtSummaryStore}, written with every change of the ledger); only
 * the top items are read from the ledger, along the priority index.
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
            for (DebtSummaryStore.Count count : DebtSummaryStore.counts(connection, repositoryId)) {
                byStatus.merge(count.status(), count.items(), Long::sum);
                if (DebtStatus.fromWire(count.status()).filter(DebtStatus.UNRESOLVED::contains).isPresent()) {
                    byType.merge(count.type(), count.items(), Long::sum);
                    bySeverity.merge(count.severity(), count.items(), Long::sum);
                    effort += count.effortMinutes();
                }
            }
            long open = bySeverity.values().stream().mapToLong(Long::longValue).sum();
            Double ratio = scan.isEmpty() ? null
                    : codeLines == 0 ? 0.0 : Math.round(effort / (Scoring.MINUTES_PER_LINE * codeLines) * 10_000) / 10_000.0;
            String rating = ratio == null ? null : String.valueOf(Scoring.rating(ratio));
            Optional<DebtSummaryStore.PlanSplit> split = DebtSummaryStore.plan(connection, repositoryId)
                    .filter(stored -> stored.medianPriority() != null);
            return new Summary(repositoryId, scan.map(LatestScan::id).orElse(null), scan.map(LatestScan::finishedAt).orElse(null),
                    codeLines, open, effort, ratio, rating, byType, bySeverity, byStatus,
                    open == 0 || split.isEmpty() ? emptyPlan() : plan(connection, repositoryId, split.get(), topPerStep));
        }
    }

    /** Each step's stored size, and its top items read in priority-index order. */
    private static List<Step> plan(Connection connection, UUID repositoryId, DebtSummaryStore.PlanSplit split, int top)
            throws SQLException {
        // numeric, as the column: a double parameter would cast every priority to double precision, and the priority
        // index could no longer bound the scan (the deferrable step's top items walked half the ledger to find ten)
        BigDecimal median = split.medianPriority();
        List<String> conditions = List.of("d.priority >= ? AND d.effort_minutes <= ?", "d.priority >= ? AND d.effort_minutes > ?",
                "d.priority < ? AND ? >= 0");
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
            steps.add(new Step(i + 1, STEPS.get(i), split.items()[i], split.effortMinutes()[i], List.copyOf(items)));
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
