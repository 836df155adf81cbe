package dev.debtos.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retention against a real database: old operational rows go, the ledger and each repository's latest scan stay. */
class RetentionIT {
    private TestDatabase database;
    private HikariDataSource dataSource;
    private UUID repository;
    private UUID item;
    private UUID ancient;
    private UUID middle;
    private UUID latest;
    private UUID recent;
    private UUID active;

    @BeforeEach
    void seed() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
        UUID user = id("INSERT INTO users (email) VALUES ('a@example.com') RETURNING id");
        repository = id("INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES ('" + user
                + "', 'github', 'acme/shop', 'https://github.com/acme/shop.git') RETURNING id");
        ancient = scan("completed", 200);   // purged with its snapshot
        UUID failedOld = scan("failed", 120); // purged
        middle = scan("completed", 45);      // kept, its snapshot purged
        latest = scan("completed", 100);    // purged: superseded by recent (kept when it is the latest, see below)
        recent = scan("completed", 5);      // the latest completed: kept whole
        active = id("INSERT INTO scans (repository_id, trigger, status, started_at) VALUES ('" + repository
                + "', 'manual', 'analyzing', now() - interval '400 days') RETURNING id");
        for (UUID scan : List.of(ancient, failedOld, middle, latest, recent)) {
            exec("INSERT INTO file_snapshots (scan_id, path, content_hash) VALUES ('" + scan + "', 'a.java', 'h')");
        }
        item = id("INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, title, first_seen_scan_id,"
                + " last_seen_scan_id) VALUES ('" + repository + "', 'fp', 'DEBT-X', 'code_smell', 'low', 't', '" + ancient
                + "', '" + recent + "') RETURNING id");
        exec("INSERT INTO debt_item_events (debt_item_id, kind) VALUES ('" + item + "', 'detected')");
        exec("INSERT INTO webhook_deliveries (provider, delivery_id, event, received_at, scan_id) VALUES "
                + "('github', 'old', 'push', now() - interval '31 days', '" + ancient + "'), ('github', 'new', 'push', now(), NULL)");
        exec("INSERT INTO audit_log (action, success, created_at) VALUES ('login', true, now() - interval '400 days'),"
                + " ('login', true, now())");
    }

    @AfterEach
    void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    @Test
    void aDryRunCountsWhatARunThenPurgesAndTheLedgerStays() throws Exception {
        Retention retention = new Retention(dataSource);

        Map<String, Long> wouldPurge = retention.purge(RetentionPolicy.DEFAULT, true);
        assertThat(count("SELECT count(*) FROM scans")).isEqualTo(6);
        Map<String, Long> purged = retention.purge(RetentionPolicy.DEFAULT, false);

        // ancient, failedOld and the 100-day-old one (superseded by recent) go; middle stays without its snapshot
        assertThat(purged).isEqualTo(Map.of("scans", 3L, "fileSnapshots", 1L, "webhookDeliveries", 1L, "auditEntries", 1L));
        assertThat(wouldPurge).isEqualTo(purged);
        assertThat(ids("SELECT id FROM scans")).containsExactlyInAnyOrder(middle, recent, active);
        assertThat(ids("SELECT scan_id FROM file_snapshots")).containsExactly(recent);
        assertThat(count("SELECT count(*) FROM debt_items WHERE id = '" + item + "' AND first_seen_scan_id IS NULL"
                + " AND last_seen_scan_id = '" + recent + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM debt_item_events")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM webhook_deliveries")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(1);

        assertThat(retention.purge(RetentionPolicy.DEFAULT, false).values()).containsOnly(0L);
    }

    @Test
    void theLatestCompletedScanOfARepositoryIsKeptHoweverOld() throws Exception {
        exec("DELETE FROM scans WHERE id IN ('" + recent + "', '" + middle + "')");

        new Retention(dataSource).purge(new RetentionPolicy(Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1),
                Duration.ofDays(1)), false);

        assertThat(ids("SELECT id FROM scans")).containsExactlyInAnyOrder(latest, active);
        assertThat(ids("SELECT scan_id FROM file_snapshots")).containsExactly(latest);
    }

    private UUID scan(String status, int finishedDaysAgo) throws Exception {
        return id("INSERT INTO scans (repository_id, trigger, status, started_at, finished_at) VALUES ('" + repository
                + "', 'manual', '" + status + "', now() - interval '" + finishedDaysAgo + " days' - interval '1 minute', now() - interval '"
                + finishedDaysAgo + " days') RETURNING id");
    }

    private UUID id(String sql) throws Exception {
        return ids(sql).getFirst();
    }

    private List<UUID> ids(String sql) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void exec(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
