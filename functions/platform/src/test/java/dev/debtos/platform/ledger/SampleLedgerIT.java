package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample ledger priming reads over: the ledger's queries find rows in it (a summary with a plan, a trend with
 * detections, hotspots, a page of items), no other connection sees it while it exists, nothing of it is left
 * afterwards, and reads that try to commit are refused and rolled back all the same.
 */
class SampleLedgerIT {
    private TestDatabase database;
    private HikariDataSource dataSource;

    @BeforeEach
    void migrate() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 3);
        new Migrations().migrate(dataSource);
    }

    @AfterEach
    void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    @Test
    void theLedgerQueriesReadRowsThatNoOtherConnectionSeesAndThatAreGoneAfterwards() throws Exception {
        long itemsOutside = count("SELECT count(*) FROM debt_items");
        AtomicReference<SummaryQueries.Summary> summary = new AtomicReference<>();
        AtomicReference<TrendQueries.Trends> trends = new AtomicReference<>();
        AtomicReference<HotspotQueries.Hotspots> hotspots = new AtomicReference<>();
        List<Long> seenOutside = new ArrayList<>();

        SampleLedger.read(dataSource, (sample, owner, repository) -> {
            assertThat(new OwnedRepositories(sample).find(owner, repository)).isPresent();
            summary.set(new SummaryQueries(sample).summary(repository, 10));
            trends.set(new TrendQueries(sample).trends(repository, 7, LocalDate.now(ZoneOffset.UTC)));
            hotspots.set(new HotspotQueries(sample).hotspots(repository, 50));
            seenOutside.add(count("SELECT count(*) FROM debt_items"));
        });

        assertThat(summary.get().openItems()).isPositive();
        assertThat(summary.get().rating()).isNotNull();
        assertThat(summary.get().plan()).allSatisfy(step -> assertThat(step.top()).isNotEmpty());
        assertThat(trends.get().points().getLast().detected()).isPositive();
        assertThat(hotspots.get().items()).isNotEmpty().allSatisfy(file -> assertThat(file.openFindings()).isPositive());
        assertThat(seenOutside).as("another connection, while the sample exists").containsExactly(itemsOutside);
        for (String table : List.of("users", "repositories", "scans", "file_snapshots", "debt_items", "debt_item_events",
                "debt_item_counts", "debt_plans")) {
            assertThat(count("SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    void readsThatTryToCommitAreRefusedAndTheSampleIsRolledBackAllTheSame() throws Exception {
        assertThatThrownBy(() -> SampleLedger.read(dataSource, (sample, owner, repository) -> {
            try (Connection connection = sample.getConnection()) {
                connection.createStatement().execute("DELETE FROM debt_item_events");
                connection.commit();
            }
        })).isInstanceOf(SQLException.class).hasMessageContaining("rolled back");
        assertThat(count("SELECT count(*) FROM debt_items")).isZero();
        assertThat(count("SELECT count(*) FROM users")).isZero();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getAutoCommit()).as("the pooled connection is returned as it was lent").isTrue();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
