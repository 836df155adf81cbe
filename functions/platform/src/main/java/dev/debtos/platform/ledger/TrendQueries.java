package dev.debtos.platform.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.json.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Per UTC day of the last {@code days} days (today included): unresolved items by severity at the end of the day,
 * items detected and resolved that day (debt_item_events), and the ledger scans (not pull-request scans) completed that
 * day with the last one's rating and debt ratio (scans.stats).
 *
 * <p>The open totals are rebuilt backwards from today's counts: every event names the status it left and the one it
 * entered, so each moves "unresolved" by −1, 0 or +1, and the total at the end of day D is today's total minus the
 * moves after D. An item counts under its current severity. Today's counts are the stored ones ({@link DebtSummaryStore}).
 */
public final class TrendQueries {
    private static final ObjectMapper JSON = Json.mapper();
    private static final String UNRESOLVED = "('open', 'acknowledged', 'planned', 'in_progress')";

    private final DataSource dataSource;

    public TrendQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Day(LocalDate date, Map<String, Long> open, long openTotal, long detected, long resolved, int scans,
                      String rating, Double debtRatio) {
    }

    public record Trends(UUID repositoryId, int days, LocalDate from, LocalDate to, List<Day> points) {
    }

    public Trends trends(UUID repositoryId, int days, LocalDate today) throws SQLException {
        LocalDate from = today.minusDays(days - 1L);
        Timestamp since = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<String, Long> now = new LinkedHashMap<>(); // severity -> unresolved items now
        Map<LocalDate, long[]> flows = new LinkedHashMap<>(); // day -> [detected, resolved]
        Map<LocalDate, Map<String, Long>> moves = new LinkedHashMap<>();
        Map<LocalDate, Object[]> scans = new LinkedHashMap<>(); // day -> [count, rating, ratio]
        try (Connection connection = dataSource.getConnection()) {
            for (DebtSummaryStore.Count count : DebtSummaryStore.counts(connection, repositoryId)) {
                if (DebtStatus.fromWire(count.status()).filter(DebtStatus.UNRESOLVED::contains).isPresent()) {
                    now.merge(count.severity(), count.items(), Long::sum);
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT (e.created_at AT TIME ZONE 'UTC')::date AS day, d.severity,
                           count(*) FILTER (WHERE e.kind = 'detected'),
                           count(*) FILTER (WHERE e.to_status = 'resolved'),
                           sum((CASE WHEN e.to_status IN %1$s THEN 1 ELSE 0 END) - (CASE WHEN e.from_status IN %1$s THEN 1 ELSE 0 END))
                      FROM debt_item_events e JOIN debt_items d ON d.id = e.debt_item_id
                     WHERE d.repository_id = ? AND e.created_at >= ? AND e.kind <> 'feedback'
                     GROUP BY 1, 2""".formatted(UNRESOLVED))) {
                select.setObject(1, repositoryId);
                select.setTimestamp(2, since);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        LocalDate day = rows.getObject(1, LocalDate.class);
                        long[] flow = flows.computeIfAbsent(day, d -> new long[2]);
                        flow[0] += rows.getLong(3);
                        flow[1] += rows.getLong(4);
                        moves.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(rows.getString(2), rows.getLong(5), Long::sum);
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT (finished_at AT TIME ZONE 'UTC')::date, stats::text FROM scans
                     WHERE repository_id = ? AND status = 'completed' AND pr_number IS NULL AND finished_at >= ?
                     ORDER BY finished_at""")) {
                select.setObject(1, repositoryId);
                select.setTimestamp(2, since);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        JsonNode stats = stats(rows.getString(2));
                        Object[] day = scans.computeIfAbsent(rows.getObject(1, LocalDate.class), d -> new Object[] {0, null, null});
                        day[0] = (Integer) day[0] + 1;
                        day[1] = stats.hasNonNull("rating") ? stats.get("rating").asText() : null;
                        day[2] = stats.hasNonNull("debtRatio") ? stats.get("debtRatio").asDouble() : null;
                    }
                }
            }
        }
        List<Day> points = new ArrayList<>(days);
        Map<String, Long> running = new LinkedHashMap<>();
        for (int i = days - 1; i >= 0; i--) { // backwards from today
            LocalDate date = from.plusDays(i);
            Map<String, Long> counts = new LinkedHashMap<>();
            long total = 0;
            for (String severity : DebtVocabulary.SEVERITIES) {
                long count = now.getOrDefault(severity, 0L) - running.getOrDefault(severity, 0L);
                counts.put(severity, count);
                total += count;
            }
            moves.getOrDefault(date, Map.of()).forEach((severity, move) -> running.merge(severity, move, Long::sum));
            long[] flow = flows.getOrDefault(date, new long[2]);
            Object[] scan = scans.getOrDefault(date, new Object[] {0, null, null});
            points.add(new Day(date, counts, total, flow[0], flow[1], (Integer) scan[0], (String) scan[1], (Double) scan[2]));
        }
        return new Trends(repositoryId, days, from, today, points.reversed());
    }

    private static JsonNode stats(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
