package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.findings.Severity;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A clone group's other copies travel from the finding into debt_items and back out with the item. */
class RelatedLocationsIT {
    private final ObjectMapper json = new ObjectMapper();
    private TestDatabase database;
    private HikariDataSource dataSource;
    private UUID owner;
    private UUID repository;

    @BeforeEach
    void migrate() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
        owner = id("INSERT INTO users (email) VALUES ('a@example.com') RETURNING id");
        repository = id("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES ('" + owner
                + "', 'github', 'acme/shop', 'https://github.com/acme/shop.git') RETURNING id");
    }

    @AfterEach
    void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    private static Finding clone(List<FindingLocation> related) {
        return new Finding("DEBT-DUPLICATION-001", DebtType.DUPLICATION, Severity.MEDIUM, "src/A.java", 10, 30,
                "Block of 21 lines appears 3 times", "int total = 0;", 20, "fp-clone", 3.0, related);
    }

    @Test
    void relatedLocationsAreStoredWithTheItemAndFollowTheCopiesOnTheNextScan() throws Exception {
        UUID first = scan();
        apply(first, LedgerUpdate.plan(List.of(), List.of(clone(List.of(new FindingLocation("src/B.java", 40, 60, 5),
                new FindingLocation("src/C.java", 1, 21, 1))))));

        DebtItem item = only();
        JsonNode stored = json.readTree(item.relatedLocations());
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).path("path").asText()).isEqualTo("src/B.java");
        assertThat(stored.get(0).path("startLine").asInt()).isEqualTo(40);
        assertThat(stored.get(0).path("endLine").asInt()).isEqualTo(60);
        assertThat(stored.get(0).path("startColumn").asInt()).isEqualTo(5);

        UUID second = scan();
        List<LedgerUpdate.Existing> ledger;
        try (Connection connection = dataSource.getConnection()) {
            ledger = new LedgerStore().items(connection, repository);
        }
        apply(second, LedgerUpdate.plan(ledger, List.of(clone(List.of(new FindingLocation("src/B.java", 44, 64, 5))))));

        JsonNode moved = json.readTree(only().relatedLocations());
        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).path("startLine").asInt()).isEqualTo(44);
    }

    @Test
    void aFindingWithOnePlaceStoresAnEmptyArray() throws Exception {
        apply(scan(), LedgerUpdate.plan(List.of(), List.of(clone(List.of()))));

        assertThat(json.readTree(only().relatedLocations()).isArray()).isTrue();
        assertThat(json.readTree(only().relatedLocations())).isEmpty();
    }

    private void apply(UUID scan, LedgerUpdate update) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new LedgerStore().apply(connection, repository, scan, update);
            connection.commit();
        }
    }

    private DebtItem only() throws Exception {
        UUID id = id("SELECT id FROM debt_items WHERE repository_id = '" + repository + "'");
        return new DebtQueries(dataSource).find(owner, id).orElseThrow();
    }

    private UUID scan() throws Exception {
        return id("INSERT INTO scans (repository_id, trigger, status, started_at, finished_at) VALUES ('" + repository
                + "', 'manual', 'completed', now(), now()) RETURNING id");
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
