package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The debt list at 100,000 items in one repository (plus 20,000 in another): every sort's page is read in index
 * order (no sort of the whole ledger), checked on the plans PostgreSQL chooses. Timings are printed for the
 * record (scripts/bench), never asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebtQueriesAtScaleIT {
    private static final int ITEMS = 100_000;
    private TestDatabase database;
    private HikariDataSource dataSource;
    private UUID repository;

    @BeforeAll
    void seed() throws SQLException {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
        UUID owner = one("INSERT INTO users (display_name) VALUES ('scale') RETURNING id");
        repository = one("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES (?, 'github', 'o/big', 'https://x') RETURNING id", owner);
        UUID other = one("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES (?, 'github', 'o/other', 'https://y') RETURNING id", owner);
        items(repository, ITEMS);
        items(other, 20_000);
        execute("INSERT INTO debt_item_events (debt_item_id, kind, to_status, created_at) SELECT id, 'detected', 'open', created_at FROM debt_items");
        execute("SELECT refresh_debt_summary(id) FROM repositories"); // the stored totals a scan's commit writes
        execute("ANALYZE");
    }

    @AfterAll
    void drop() throws SQLException {
        dataSource.close();
        database.close();
    }

    private void items(UUID repositoryId, int count) throws SQLException {
        String types = "ARRAY['" + String.join("','", DebtVocabulary.TYPES) + "']";
        execute("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, status, path, title, message,
                                        effort_minutes, priority, created_at)
                SELECT ?, 'fp' || g, 'R-' || (g %% 40), (%s)[1 + g %% 18],
                       (ARRAY['critical','high','medium','low','info'])[1 + (g * 7) %% 5],
                       (ARRAY['open','open','open','acknowledged','planned','in_progress','wont_fix'])[1 + (g * 3) %% 7],
                       'src/module' || (g %% 200) || '/File' || (g %% 1000) || '.java', 'Finding ' || g, 'message ' || g,
                       (g * 13) %% 240, ((g * 7919) %% 100000) / 100.0, now() - (g || ' minutes')::interval
                  FROM generate_series(1, ?) g""".formatted(types), repositoryId, count);
    }

    private static DebtListQuery query(DebtListQuery.Sort sort, List<String> severities, List<String> statuses,
                                       Optional<PathGlob> path, Optional<String> text) {
        return new DebtListQuery(List.of(), severities, statuses, path, text, sort, true, 50, 0);
    }

    @Test
    void everySortReadsItsPageInIndexOrder() throws SQLException {
        assertThat(plan(query(DebtListQuery.Sort.PRIORITY, List.of(), List.of(), Optional.empty(), Optional.empty())))
                .contains("idx_debt_items_repository_priority").doesNotContain("Seq Scan").doesNotContain("  Sort  ");
        assertThat(plan(query(DebtListQuery.Sort.SEVERITY, List.of(), List.of(), Optional.empty(), Optional.empty())))
                .contains("idx_debt_items_repository_severity_rank").doesNotContain("Seq Scan");
        assertThat(plan(query(DebtListQuery.Sort.EFFORT, List.of(), List.of(), Optional.empty(), Optional.empty())))
                .contains("idx_debt_items_repository_effort").doesNotContain("Seq Scan");
        assertThat(plan(query(DebtListQuery.Sort.AGE, List.of(), List.of(), Optional.empty(), Optional.empty())))
                .contains("idx_debt_items_repository_created").doesNotContain("Seq Scan");
        assertThat(plan(query(DebtListQuery.Sort.PRIORITY, List.of("critical"), List.of("open"), Optional.empty(), Optional.empty())))
                .doesNotContain("Seq Scan");
    }

    @Test
    void filtersCountExactlyAtScaleWithTimingsForTheRecord() throws SQLException {
        var queries = new DebtQueries(dataSource);
        List<String> lines = new ArrayList<>();
        record Case(String name, DebtListQuery query, long expectedTotal) {
        }
        for (Case c : List.of(
                new Case("default (priority desc)", query(DebtListQuery.Sort.PRIORITY, List.of(), List.of(), Optional.empty(), Optional.empty()), ITEMS),
                new Case("sort=severity", query(DebtListQuery.Sort.SEVERITY, List.of(), List.of(), Optional.empty(), Optional.empty()), ITEMS),
                new Case("sort=effort", query(DebtListQuery.Sort.EFFORT, List.of(), List.of(), Optional.empty(), Optional.empty()), ITEMS),
                new Case("sort=age", query(DebtListQuery.Sort.AGE, List.of(), List.of(), Optional.empty(), Optional.empty()), ITEMS),
                new Case("status=open&severity=critical,high", query(DebtListQuery.Sort.PRIORITY, List.of("critical", "high"), List.of("open"), Optional.empty(), Optional.empty()), 17_144),
                new Case("path=src/module1*/**/*.java", query(DebtListQuery.Sort.PRIORITY, List.of(), List.of(), Optional.of(PathGlob.parse("src/module1*/**/*.java")), Optional.empty()), 55_500),
                new Case("q=Finding 9999", query(DebtListQuery.Sort.PRIORITY, List.of(), List.of(), Optional.empty(), Optional.of("Finding 9999")), 11))) {
            long[] millis = new long[7];
            long total = 0;
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                total = queries.list(repository, c.query()).total();
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            assertThat(total).as(c.name()).isEqualTo(c.expectedTotal());
            Arrays.sort(millis);
            lines.add("list %-38s total %6d  median %4d ms  max %4d ms".formatted(c.name(), total, millis[3], millis[6]));
        }
        lines.add(time("summary", () -> new SummaryQueries(dataSource).summary(repository, 10)));
        lines.add(time("trends days=365", () -> new TrendQueries(dataSource).trends(repository, 365, LocalDate.now(ZoneOffset.UTC))));
        lines.add(time("hotspots", () -> new HotspotQueries(dataSource).hotspots(repository, 20)));
        lines.forEach(line -> System.out.println("[debt at 100k] " + line));
        assertThat(lines).hasSize(10);
    }

    private interface Work {
        Object run() throws SQLException;
    }

    private static String time(String name, Work work) throws SQLException {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return "%-43s median %4d ms  max %4d ms (uncached)".formatted(name, millis[2], millis[4]);
    }

    private String plan(DebtListQuery query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + DebtQueries.pageSql(query))) {
            int next = DebtQueries.bind(connection, explain, repository, query);
            explain.setInt(next, query.limit());
            explain.setInt(next + 1, query.offset());
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            System.out.println("[debt at 100k] plan for " + query.sort() + ":\n" + plan);
            return plan.toString();
        }
    }

    private UUID one(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
