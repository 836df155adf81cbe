package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.suppression.SuppressedFinding;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Suppressed findings stay in the ledger as {@code suppressed} with what suppressed them, leave the open debt and the
 * scan's counts, and come back as open when the suppression is removed; every move is an event.
 */
class SuppressedItemsIT {
    private TestDatabase database;
    private HikariDataSource dataSource;
    private UUID repository;

    @BeforeEach
    void migrate() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
        UUID owner = id("INSERT INTO users (email) VALUES ('a@example.com') RETURNING id");
        repository = id("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES ('" + owner
                + "', 'github', 'acme/shop', 'https://github.com/acme/shop.git') RETURNING id");
    }

    @AfterEach
    void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    private static Finding finding(String fingerprint) {
        return new Finding("DEBT-SIZE-001", DebtType.CODE_SMELL, Severity.LOW, "src/A.java", 10, 90, "Function 'f' is long",
                "code", 20, fingerprint, 1.0);
    }

    @Test
    void aSuppressedFindingIsKeptCountedApartAndReopenedWhenTheSuppressionGoes() throws Exception {
        SuppressedFinding table = new SuppressedFinding(finding("fp-table"), "src/A.java:9", "a lookup table");
        LedgerCounts first = scan(List.of(finding("fp-open")), List.of(table));

        assertThat(first.created()).as("the suppressed finding is not new debt").isEqualTo(1);
        assertThat(status("fp-table")).isEqualTo("suppressed");
        assertThat(text("SELECT suppression::text FROM debt_items WHERE fingerprint = 'fp-table'"))
                .isEqualTo("{\"by\": \"src/A.java:9\", \"reason\": \"a lookup table\"}");
        assertThat(text("SELECT count(*)::text FROM debt_items d WHERE " + DebtVocabulary.UNRESOLVED_SQL)).isEqualTo("1");

        scan(List.of(finding("fp-open")), List.of(table)); // still suppressed: no further event
        assertThat(events("fp-table")).containsExactly("detected:open", "status_change:suppressed");

        scan(List.of(finding("fp-open"), finding("fp-table")), List.of()); // the comment was removed
        assertThat(status("fp-table")).isEqualTo("open");
        assertThat(text("SELECT coalesce(suppression::text, 'none') FROM debt_items WHERE fingerprint = 'fp-table'")).isEqualTo("none");
        assertThat(events("fp-table")).containsExactly("detected:open", "status_change:suppressed", "status_change:open");

        // a look-alike the feedback memory suppressed stays suppressed: lifting it is the memory's decision
        try (Connection connection = dataSource.getConnection();
             PreparedStatement mark = connection.prepareStatement("""
                     UPDATE debt_items SET status = 'suppressed', suppression = '{"by": "feedback"}' WHERE fingerprint = 'fp-open'""")) {
            mark.executeUpdate();
        }
        scan(List.of(finding("fp-open"), finding("fp-table")), List.of());
        assertThat(status("fp-open")).isEqualTo("suppressed");

        scan(List.of(finding("fp-open")), List.of(table)); // suppressed again, then the code goes
        scan(List.of(finding("fp-open")), List.of());
        assertThat(status("fp-table")).isEqualTo("resolved");
    }

    private LedgerCounts scan(List<Finding> findings, List<SuppressedFinding> suppressed) throws Exception {
        UUID scan = id("INSERT INTO scans (repository_id, trigger, status, started_at, finished_at) VALUES ('" + repository
                + "', 'manual', 'completed', now(), now()) RETURNING id");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            LedgerStore store = new LedgerStore();
            List<Finding> all = new ArrayList<>(findings);
            suppressed.forEach(s -> all.add(s.finding()));
            LedgerUpdate update = LedgerUpdate.plan(store.items(connection, repository), all);
            store.apply(connection, repository, scan, update);
            store.suppress(connection, repository, scan, suppressed);
            connection.commit();
            return update.counts(Set.copyOf(suppressed.stream().map(s -> s.finding().fingerprint()).toList()));
        }
    }

    private String status(String fingerprint) throws Exception {
        return text("SELECT status FROM debt_items WHERE fingerprint = '" + fingerprint + "'");
    }

    private List<String> events(String fingerprint) throws Exception {
        List<String> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT e.kind || ':' || e.to_status FROM debt_item_events e JOIN debt_items d ON d.id = e.debt_item_id
                      WHERE d.fingerprint = ? ORDER BY e.created_at, e.kind <> 'detected'""")) { // one scan, one now()
            statement.setString(1, fingerprint);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1));
                }
            }
        }
        return events;
    }

    private String text(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private UUID id(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }
}
