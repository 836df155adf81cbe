package dev.debtos.platform.db;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Inserts the rows integration tests build on, with parameterised SQL, each call in its own transaction. */
final class SchemaFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DataSource dataSource;

    SchemaFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    UUID user() throws SQLException {
        return insert("INSERT INTO users (display_name) VALUES (?) RETURNING id", "user-" + SEQUENCE.incrementAndGet());
    }

    UUID repository(UUID owner) throws SQLException {
        String fullName = "acme/repo-" + SEQUENCE.incrementAndGet();
        return insert("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES (?, 'github', ?, ?) RETURNING id",
                owner, fullName, "https://github.com/" + fullName + ".git");
    }

    UUID repository() throws SQLException {
        return repository(user());
    }

    UUID queuedScan(UUID repository, String commitSha) throws SQLException {
        return insert("INSERT INTO scans (repository_id, trigger, commit_sha) VALUES (?, 'manual', ?) RETURNING id",
                repository, commitSha);
    }

    UUID debtItem(UUID repository, String fingerprint) throws SQLException {
        return insert("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, title, path, start_line, end_line)
                VALUES (?, ?, 'java.long-method', 'complexity', 'medium', 'Long method', 'src/Main.java', 10, 80)
                RETURNING id""", repository, fingerprint);
    }

    static String commitSha(int seed) {
        return "%040x".formatted(seed);
    }

    /** Runs an INSERT ... RETURNING id. */
    UUID insert(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
    int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
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
