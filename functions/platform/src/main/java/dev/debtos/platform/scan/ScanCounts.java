package dev.debtos.platform.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The database's side of the queue: scans by status (every status, zeros included), and how long the oldest queued
 * scan has waited. SQS itself reports no per-message age without receiving the message, and a receive would count
 * against the redrive limit; the oldest queued scan is the same question asked of the scans table.
 */
public final class ScanCounts {
    public static final List<String> STATUSES = Arrays.stream(ScanStatus.values()).map(ScanStatus::key).toList();

    private final DataSource dataSource;

    public ScanCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, Long> byStatus() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0L));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT status, count(*) FROM scans GROUP BY status");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    public Optional<Duration> oldestQueuedAge() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT EXTRACT(EPOCH FROM now() - min(created_at))::bigint FROM scans WHERE status = 'queued'");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            long seconds = rows.getLong(1);
            return rows.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
        }
    }
}
