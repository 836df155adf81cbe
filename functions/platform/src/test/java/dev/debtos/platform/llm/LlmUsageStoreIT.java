package dev.debtos.platform.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily quota's window against a real database: the last 24 hours, rolling, whatever the calendar day. */
class LlmUsageStoreIT {
    private TestDatabase database;
    private HikariDataSource dataSource;
    private UUID repository;
    private LlmUsageStore usage;

    @BeforeEach
    void seed() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
        UUID user = id("INSERT INTO users (email) VALUES ('a@example.com') RETURNING id");
        repository = id("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES ('" + user
                + "', 'github', 'acme/shop', 'https://github.com/acme/shop.git') RETURNING id");
        usage = new LlmUsageStore(dataSource);
    }

    @AfterEach
    void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    @Test
    void theQuotaCountsTheLast24HoursNotTheCalendarDay() throws Exception {
        usage.record(null, repository, "openai", "m", 1_000, 200);
        spentAgo("23 hours 50 minutes", 40_000);  // yesterday (UTC) for most of the day: still in the window
        spentAgo("24 hours 10 minutes", 900_000); // just out of it

        assertThat(usage.tokensOfLast24Hours()).isEqualTo(1_200 + 40_000);
    }

    private void spentAgo(String interval, int tokens) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO llm_usage (repository_id, provider, model, prompt_tokens, completion_tokens, created_at)"
                        + " VALUES (?, 'openai', 'm', ?, 0, now() - ?::interval)")) {
            insert.setObject(1, repository);
            insert.setInt(2, tokens);
            insert.setString(3, interval);
            insert.executeUpdate();
        }
    }

    private UUID id(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }
}
