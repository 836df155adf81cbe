package dev.debtos.platform.ledger;

import dev.debtos.platform.db.BaseDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A small ledger that exists only inside one transaction: a user, a repository with a completed scan, a few files,
 * unresolved and closed items over them with a {@code detected} event each, and the stored totals a scan's commit
 * writes. {@link #read} hands it to reads over that transaction's connection, then rolls everything back, whatever
 * the reads did: no other connection ever sees a row of it. The reads cannot commit (the connection they get refuses
 * to), and closing it leaves the transaction open for the rollback.
 *
 * <p>For priming: the ledger's read paths (the queries and the code that maps their rows) run over real rows
 * without reading any user's data and without leaving any behind.
 */
public final class SampleLedger {
    private static final String[] SEVERITIES = {"critical", "high", "medium", "low", "info"};
    private static final String[] STATUSES = {"open", "open", "acknowledged", "planned", "in_progress", "wont_fix"};
    private static final int ITEMS = 24;
    private static final int FILES = 4;

    private SampleLedger() {
    }

    @FunctionalInterface
    public interface Reads {
        /** @param sample the transaction's connection as a data source; its connections do not commit or close */
        void read(DataSource sample, UUID ownerId, UUID repositoryId) throws SQLException;
    }

    public static void read(DataSource dataSource, Reads reads) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                UUID owner = id(connection, "INSERT INTO users DEFAULT VALUES RETURNING id");
                String name = "sample/" + UUID.randomUUID();
                UUID repository = id(connection, """
                        INSERT INTO repositories (owner_id, provider, full_name, clone_url)
                        VALUES (?, 'github', ?, 'https://invalid.example/' || ?) RETURNING id""", owner, name, name);
                UUID scan = id(connection, """
                        INSERT INTO scans (repository_id, status, trigger, commit_sha, started_at, finished_at, progress, stats)
                        VALUES (?, 'completed', 'manual', repeat('0', 40), now(), now(), 100,
                                '{"rating": "B", "debtRatio": 0.07}') RETURNING id""", repository);
                execute(connection, """
                        INSERT INTO file_snapshots (scan_id, path, language, loc, complexity, churn, hotspot_score, content_hash)
                        SELECT ?, 'src/Sample' || f || '.java', 'java', 100 * f, 10 * f, 5 * f, f / 10.0, md5(f::text)
                          FROM generate_series(1, ?) AS f""", scan, FILES);
                execute(connection, """
                        INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, confidence, path, start_line,
                                                end_line, title, message, effort_minutes, priority, status,
                                                first_seen_scan_id, last_seen_scan_id)
                        SELECT ?, 'sample-' || g, 'DEBT-SAMPLE-001', 'complexity', (?::text[])[1 + g % 5], 0.9,
                               'src/Sample' || (1 + g % ?) || '.java', g, g + 3, 'Sample ' || g, 'A sample item', 5 + (g * 7) % 60,
                               g * 3.5, (?::text[])[1 + g % 6], ?, ?
                          FROM generate_series(1, ?) AS g""",
                        repository, connection.createArrayOf("text", SEVERITIES), FILES,
                        connection.createArrayOf("text", STATUSES), scan, scan, ITEMS);
                execute(connection, """
                        INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status)
                        SELECT id, 'detected', NULL, 'open' FROM debt_items WHERE repository_id = ?""", repository);
                execute(connection, "SELECT refresh_debt_summary(?)", repository);
                reads.read(new OneTransaction(connection), owner, repository);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static UUID id(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** The transaction's one connection, handed out again and again: close does nothing, commit is refused. */
    private static final class OneTransaction extends BaseDataSource {
        private final Connection connection;

        OneTransaction(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "close" -> null;
                        case "isClosed" -> false;
                        case "commit", "setAutoCommit" ->
                                throw new SQLException("the sample ledger is rolled back; reads cannot commit");
                        default -> {
                            try {
                                yield method.invoke(connection, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    });
        }
    }
}
