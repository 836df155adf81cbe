package dev.debtos.local.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A known ledger, written with SQL, for the debt, embedding and audit route tests. {@link #seed} gives a repository:
 * <pre>
 * scans  s1 completed 2 days ago (stats rating B, debtRatio 0.07), s2 completed a minute ago (rating C, 0.12)
 * s2's files  src/main/java/App.java          loc 100 complexity 20 churn 10
 *             src/main/java/util/Strings.java loc  50 complexity  5 churn 50
 *             src/test/java/AppTest.java      loc  30 complexity  2 churn  0
 *             web/app.js                      loc  20 complexity 10 churn  4
 * items  key type              severity status       path                             effort priority created
 *        i1  complexity        high     open         src/main/java/App.java            60   20       10 days ago
 *        i2  code_smell        medium   open         src/main/java/util/Strings.java   15    9        9 days ago
 *        i3  duplication       low      acknowledged src/main/java/App.java            20    5        8 days ago
 *        i4  security_issue    critical in_progress  web/app.js                        30   40        7 days ago
 *        i5  missing_docs      info     resolved     src/test/java/AppTest.java         5    1        6 days ago
 *        i6  missing_lock_file medium   wont_fix     (none)                            10    3        5 days ago
 *        i7  complexity        medium   planned      src/main/java/util/Strings.java   45   12        1 minute ago
 * events i1 detected 10 days ago; i5 resolved (open → resolved) yesterday 12:00 UTC;
 *        i7 detected and open → planned a minute ago
 * </pre>
 * and the repository's stored totals and plan, as a scan's commit leaves them.
 */
final class LedgerFixtures {
    private final DataSource dataSource;

    LedgerFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    UUID repository(UUID owner, String fullName) throws SQLException {
        return insert("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES (?, 'github', ?, ?) RETURNING id",
                owner, fullName, "https://github.com/" + fullName + ".git");
    }

    UUID userId(String login) throws SQLException {
        return insert("SELECT id FROM users WHERE lower(email) = lower(?)", login + "@localhost");
    }

    Map<String, UUID> seed(UUID repository) throws SQLException {
        Map<String, UUID> ids = new LinkedHashMap<>();
        ids.put("s1", insert("""
                INSERT INTO scans (repository_id, status, trigger, created_at, started_at, finished_at, stats)
                VALUES (?, 'completed', 'manual', now() - interval '2 days', now() - interval '2 days',
                        now() - interval '2 days', '{"rating":"B","debtRatio":0.07}') RETURNING id""", repository));
        UUID s2 = insert("""
                INSERT INTO scans (repository_id, status, trigger, created_at, started_at, finished_at, stats)
                VALUES (?, 'completed', 'manual', now() - interval '2 minutes', now() - interval '2 minutes',
                        now() - interval '1 minute', '{"rating":"C","debtRatio":0.12}') RETURNING id""", repository);
        ids.put("s2", s2);
        // hotspot scores as the engine stores them (commits × complexity, normalised: not derivable from churn)
        file(s2, "src/main/java/App.java", 100, 20, 10, 0.2);
        file(s2, "src/main/java/util/Strings.java", 50, 5, 50, 0.25);
        file(s2, "src/test/java/AppTest.java", 30, 2, 0, 0);
        file(s2, "web/app.js", 20, 10, 4, 0.04);
        ids.put("i1", item(repository, "complexity", "high", "open", "src/main/java/App.java", "Method too complex", 60, 20, "10 days"));
        ids.put("i2", item(repository, "code_smell", "medium", "open", "src/main/java/util/Strings.java", "Long parameter list", 15, 9, "9 days"));
        ids.put("i3", item(repository, "duplication", "low", "acknowledged", "src/main/java/App.java", "Duplicated block", 20, 5, "8 days"));
        ids.put("i4", item(repository, "security_issue", "critical", "in_progress", "web/app.js", "Hardcoded secret token", 30, 40, "7 days"));
        ids.put("i5", item(repository, "missing_docs", "info", "resolved", "src/test/java/AppTest.java", "Missing javadoc", 5, 1, "6 days"));
        ids.put("i6", item(repository, "missing_lock_file", "medium", "wont_fix", null, "No lock file", 10, 3, "5 days"));
        ids.put("i7", item(repository, "complexity", "medium", "planned", "src/main/java/util/Strings.java", "Nested loops", 45, 12, "1 minute"));
        update("INSERT INTO debt_item_events (debt_item_id, kind, to_status, created_at) VALUES (?, 'detected', 'open', now() - interval '10 days')", ids.get("i1"));
        update("""
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, created_at)
                VALUES (?, 'resolved', 'open', 'resolved', (((now() AT TIME ZONE 'UTC')::date - 1) + time '12:00') AT TIME ZONE 'UTC')""", ids.get("i5"));
        update("INSERT INTO debt_item_events (debt_item_id, kind, to_status, created_at) VALUES (?, 'detected', 'open', now() - interval '1 minute')", ids.get("i7"));
        update("""
                INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, created_at)
                VALUES (?, 'status_change', 'open', 'planned', now() - interval '30 seconds')""", ids.get("i7"));
        update("UPDATE repositories SET last_scanned_at = now() - interval '1 minute' WHERE id = ?", repository);
        count("SELECT count(*) FROM (SELECT refresh_debt_summary(?)) r", repository); // the stored totals a scan writes
        return ids;
    }

    private void file(UUID scan, String path, int loc, int complexity, int churn, double hotspotScore) throws SQLException {
        update("""
                INSERT INTO file_snapshots (scan_id, path, language, loc, complexity, churn, hotspot_score, content_hash)
                VALUES (?, ?, 'x', ?, ?, ?, ?, 'h')""", scan, path, loc, complexity, churn, hotspotScore);
    }

    private UUID item(UUID repository, String type, String severity, String status, String path, String title, int effort,
                      double priority, String age) throws SQLException {
        return insert("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, status, path, title, message,
                                        effort_minutes, priority, resolved_at, created_at, updated_at)
                VALUES (?, ?, 'TEST-001', ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? = 'resolved' THEN now() END,
                        now() - ?::interval, now() - ?::interval) RETURNING id""",
                repository, UUID.randomUUID().toString(), type, severity, status, path, title, title + " in " + path, effort,
                priority, status, age, age);
    }

    UUID insert(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
