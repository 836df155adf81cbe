package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.scoring.Scoring;
import dev.debtos.engine.suppression.SuppressedFinding;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.scan.ScanResultStore;
import dev.debtos.platform.scan.ScanStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored totals and plan split (debt_item_counts, debt_plans) equal a fresh count of debt_items after every kind of
 * ledger change: analysed scans that create, resolve, reopen and suppress items, a scan that carries the ledger forward,
 * and status changes within and across the unresolved statuses. The plan is recounted here as the engine defines it
 * (median at index n/2 from the top, quick wins at most {@value Scoring#QUICK_WIN_MINUTES} minutes).
 */
class StoredTotalsIT {
    private static final String OWNER = "worker-1";
    private TestDatabase database;
    private HikariDataSource dataSource;
    private UUID user;
    private UUID repository;

    @BeforeEach
    void migrate() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
        user = id("INSERT INTO users (email) VALUES ('a@example.com') RETURNING id");
        repository = id("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES ('" + user
                + "', 'github', 'acme/shop', 'https://github.com/acme/shop.git') RETURNING id");
    }

    @AfterEach
    void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    /** 40 findings of mixed type, severity, effort and priority (ties included), fingerprints fp-from … fp-to. */
    private static List<Finding> findings(int from, int to) {
        DebtType[] types = {DebtType.CODE_SMELL, DebtType.COMPLEXITY, DebtType.DUPLICATION};
        Severity[] severities = Severity.values();
        return IntStream.range(from, to).mapToObj(i -> new Finding("DEBT-SIZE-001", types[i % 3], severities[i % 5],
                "src/F" + i + ".java", 1 + i, 2 + i, "finding " + i, "code", 5 + (i * 7) % 50, "fp-" + i, (i * 13) % 17 / 2.0)).toList();
    }

    @Test
    void scansKeepTheStoredTotalsEqualToAFreshCount() throws Exception {
        ScanResultStore results = new ScanResultStore(dataSource);
        assertThat(storedCounts()).isEmpty();

        UUID first = commit(results, findings(0, 40), List.of());
        assertStoredEqualsFresh();
        assertThat(planSplit().medianPriority()).isNotNull();

        // 10 gone (resolved), 10 new, 5 of the rest suppressed
        List<SuppressedFinding> suppressed = findings(20, 25).stream().map(f -> new SuppressedFinding(f, "src/F.java:1", "kept")).toList();
        List<Finding> second = new ArrayList<>(findings(10, 20));
        second.addAll(findings(25, 50));
        UUID secondScan = commit(results, second, suppressed);
        assertThat(count("SELECT count(*) FROM debt_items WHERE status = 'resolved'")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM debt_items WHERE status = 'suppressed'")).isEqualTo(5);
        assertStoredEqualsFresh();

        // everything back: the resolved items reopen, the suppressed ones open again
        commit(results, findings(0, 50), List.of());
        assertThat(count("SELECT count(*) FROM debt_items WHERE status IN ('resolved', 'suppressed')")).isZero();
        assertStoredEqualsFresh();

        // a person resolves two items; a scan of the same tree carries the ledger forward and resolves them again after
        // a reopen, and the totals follow
        var workflow = new DebtWorkflowStore(dataSource);
        UUID item = id("SELECT id FROM debt_items WHERE fingerprint = 'fp-3'");
        assertThat(workflow.changeStatus(user, item, DebtStatus.RESOLVED, Optional.empty())).isInstanceOf(DebtWorkflowStore.Changed.class);
        assertThat(workflow.changeStatus(user, item, DebtStatus.OPEN, Optional.empty())).isInstanceOf(DebtWorkflowStore.Changed.class);
        UUID latest = id("SELECT id FROM scans WHERE repository_id = '" + repository + "' ORDER BY created_at DESC LIMIT 1");
        UUID reused = claimed();
        assertThat(results.commitReused(reused, repository, OWNER, "c0ffee", latest, 0, counts -> "{}",
                ScanResultStore.BeforeCompletion.NONE)).isEqualTo(ScanResultStore.Outcome.COMMITTED);
        assertStoredEqualsFresh();
        // and once more with nothing changed meanwhile: no status moves, the totals stay as they are
        UUID again = claimed();
        assertThat(results.commitReused(again, repository, OWNER, "c0ffee", reused, 0, counts -> "{}",
                ScanResultStore.BeforeCompletion.NONE)).isEqualTo(ScanResultStore.Outcome.COMMITTED);
        assertStoredEqualsFresh();
        assertThat(first).isNotEqualTo(secondScan);
    }

    @Test
    void statusChangesKeepTheStoredTotalsAndThePlanEqualToAFreshCount() throws Exception {
        commit(new ScanResultStore(dataSource), findings(0, 40), List.of());
        var workflow = new DebtWorkflowStore(dataSource);
        UUID item = id("SELECT id FROM debt_items WHERE fingerprint = 'fp-7'");
        BigDecimal median = planSplit().medianPriority();

        // within the unresolved statuses: two count rows move, the plan stays
        for (DebtStatus status : List.of(DebtStatus.ACKNOWLEDGED, DebtStatus.PLANNED, DebtStatus.IN_PROGRESS)) {
            assertThat(workflow.changeStatus(user, item, status, Optional.empty())).isInstanceOf(DebtWorkflowStore.Changed.class);
            assertStoredEqualsFresh();
            assertThat(planSplit().medianPriority()).isEqualByComparingTo(median);
        }
        // out of and back into them: the plan is recounted
        for (DebtStatus status : List.of(DebtStatus.RESOLVED, DebtStatus.OPEN, DebtStatus.WONT_FIX, DebtStatus.OPEN)) {
            assertThat(workflow.changeStatus(user, item, status, Optional.empty())).isInstanceOf(DebtWorkflowStore.Changed.class);
            assertStoredEqualsFresh();
        }
        // every unresolved item leaves: nothing to plan
        for (UUID each : ids("SELECT id FROM debt_items")) {
            workflow.changeStatus(user, each, DebtStatus.WONT_FIX, Optional.empty());
        }
        assertStoredEqualsFresh();
        assertThat(planSplit().medianPriority()).isNull();

        var summary = new SummaryQueries(dataSource).summary(repository, 10);
        assertThat(summary.openItems()).isZero();
        assertThat(summary.byStatus().get("wont_fix")).isEqualTo(40);
        assertThat(summary.plan()).allSatisfy(step -> assertThat(step.items()).isZero());
    }

    @Test
    void theSummaryAndTrendsAnswerFromTheStoredTotals() throws Exception {
        commit(new ScanResultStore(dataSource), findings(0, 40), List.of());
        var summary = new SummaryQueries(dataSource).summary(repository, 3);
        assertThat(summary.openItems()).isEqualTo(40);
        assertThat(summary.openEffortMinutes()).isEqualTo(count("SELECT sum(effort_minutes) FROM debt_items"));
        assertThat(summary.bySeverity().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
        long[] fresh = freshPlan();
        for (int i = 0; i < 3; i++) {
            assertThat(summary.plan().get(i).items()).isEqualTo(fresh[2 * i]);
            assertThat(summary.plan().get(i).effortMinutes()).isEqualTo(fresh[2 * i + 1]);
            assertThat(summary.plan().get(i).top()).hasSizeLessThanOrEqualTo(3);
        }
        var trends = new TrendQueries(dataSource).trends(repository, 2, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(trends.points().getLast().openTotal()).isEqualTo(40);
        assertThat(trends.points().getLast().open()).isEqualTo(summary.bySeverity());
    }

    private UUID commit(ScanResultStore results, List<Finding> findings, List<SuppressedFinding> suppressed) throws Exception {
        UUID scan = claimed();
        assertThat(results.commitAnalysed(new ScanResultStore.Analysed(scan, repository, OWNER, "c0ffee", List.of(), findings,
                suppressed), counts -> "{}", ScanResultStore.BeforeCompletion.NONE)).isTrue();
        return scan;
    }

    private UUID claimed() throws SQLException {
        ScanStore scans = new ScanStore(dataSource);
        UUID scan = scans.createQueued(repository, "manual", "main", null).id();
        assertThat(scans.claim(scan, OWNER, Duration.ofMinutes(5))).isPresent();
        return scan;
    }

    private void assertStoredEqualsFresh() throws SQLException {
        assertThat(storedCounts()).isEqualTo(rows("""
                SELECT type || '/' || severity || '/' || status || '=' || count(*) || ',' || sum(effort_minutes)
                  FROM debt_items WHERE repository_id = ? GROUP BY type, severity, status ORDER BY 1"""));
        DebtSummaryStore.PlanSplit split = planSplit();
        long[] fresh = freshPlan();
        for (int i = 0; i < 3; i++) {
            assertThat(split.items()[i]).as("step %d items", i + 1).isEqualTo(fresh[2 * i]);
            assertThat(split.effortMinutes()[i]).as("step %d effort", i + 1).isEqualTo(fresh[2 * i + 1]);
        }
    }

    /** Non-zero stored rows, in the shape of the fresh count. */
    private List<String> storedCounts() throws SQLException {
        return rows("""
                SELECT type || '/' || severity || '/' || status || '=' || items || ',' || effort_minutes
                  FROM debt_item_counts WHERE repository_id = ? AND items <> 0 ORDER BY 1""");
    }

    private DebtSummaryStore.PlanSplit planSplit() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return DebtSummaryStore.plan(connection, repository).orElseThrow();
        }
    }

    /** Quick wins, strategic, deferrable: items and effort each, from the unresolved items read now. */
    private long[] freshPlan() throws SQLException {
        List<BigDecimal> priorities = new ArrayList<>();
        List<Integer> efforts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT priority, effort_minutes FROM debt_items d"
                     + " WHERE repository_id = ? AND " + DebtVocabulary.UNRESOLVED_SQL + " ORDER BY priority DESC")) {
            select.setObject(1, repository);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    priorities.add(rows.getBigDecimal(1));
                    efforts.add(rows.getInt(2));
                }
            }
        }
        long[] plan = new long[6];
        if (priorities.isEmpty()) {
            return plan;
        }
        BigDecimal median = priorities.get(priorities.size() / 2);
        for (int i = 0; i < priorities.size(); i++) {
            boolean high = priorities.get(i).compareTo(median) >= 0;
            int step = !high ? 2 : efforts.get(i) <= Scoring.QUICK_WIN_MINUTES ? 0 : 1;
            plan[2 * step]++;
            plan[2 * step + 1] += efforts.get(i);
        }
        return plan;
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, repository);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }

    private List<UUID> ids(String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private UUID id(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }
}
