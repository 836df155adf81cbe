package dev.debtos.platform.db;

import com.pgvector.PGvector;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.util.PSQLException;

import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema's constraints and ON DELETE rules, exercised against the migrated schema. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstraintsIT {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";

    private TestDatabase database;
    private SingleConnectionDataSource dataSource;
    private SchemaFixtures fixtures;

    @BeforeAll
    void migrate() throws SQLException {
        database = TestDatabase.create();
        dataSource = Database.single(database.settings());
        new Migrations().migrate(dataSource);
        fixtures = new SchemaFixtures(dataSource);
    }

    @AfterAll
    void drop() throws SQLException {
        if (dataSource != null) {
            dataSource.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static void assertViolates(String sqlState, String constraint, ThrowingCallable statement) {
        assertThatThrownBy(statement).isInstanceOfSatisfying(PSQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo(sqlState);
            assertThat(e.getServerErrorMessage().getConstraint()).isEqualTo(constraint);
        });
    }

    @Test
    void duplicateFingerprintIsRejectedWithinARepositoryButAllowedInAnother() throws SQLException {
        UUID repository = fixtures.repository();
        UUID otherRepository = fixtures.repository();
        fixtures.debtItem(repository, "fp-1");

        assertViolates(UNIQUE_VIOLATION, "uq_debt_items_repository_fingerprint", () -> fixtures.debtItem(repository, "fp-1"));
        assertThat(fixtures.debtItem(otherRepository, "fp-1")).isNotNull();
    }

    @Test
    void secondActiveScanOfTheSameCommitIsRejectedUntilTheFirstFinishes() throws SQLException {
        UUID repository = fixtures.repository();
        String commit = SchemaFixtures.commitSha(0xabc);
        UUID first = fixtures.queuedScan(repository, commit);

        assertViolates(UNIQUE_VIOLATION, "uq_scans_one_active_per_commit", () -> fixtures.queuedScan(repository, commit));
        assertThat(fixtures.queuedScan(repository, SchemaFixtures.commitSha(0xdef))).as("another commit").isNotNull();

        fixtures.update("UPDATE scans SET status = 'analyzing', started_at = now() WHERE id = ?", first);
        assertViolates(UNIQUE_VIOLATION, "uq_scans_one_active_per_commit", () -> fixtures.queuedScan(repository, commit));

        fixtures.update("UPDATE scans SET status = 'completed', progress = 100, finished_at = now() WHERE id = ?", first);
        assertThat(fixtures.queuedScan(repository, commit)).as("rescan after completion").isNotNull();
    }

    @Test
    void finalScanStatesNeedAFinishTime() throws SQLException {
        UUID scan = fixtures.queuedScan(fixtures.repository(), SchemaFixtures.commitSha(0x123));

        assertViolates(CHECK_VIOLATION, "ck_scans_finished_when_final",
                () -> fixtures.update("UPDATE scans SET status = 'failed' WHERE id = ?", scan));
    }

    @Test
    void webhookDeliveryIdIsUniquePerProvider() throws SQLException {
        String insert = "INSERT INTO webhook_deliveries (provider, delivery_id, event) VALUES (?, ?, 'push')";
        String deliveryId = UUID.randomUUID().toString();
        fixtures.update(insert, "github", deliveryId);

        assertViolates(UNIQUE_VIOLATION, "uq_webhook_deliveries_provider_delivery", () -> fixtures.update(insert, "github", deliveryId));
        assertThat(fixtures.update(insert + " ON CONFLICT DO NOTHING", "github", deliveryId)).as("idempotent redelivery").isZero();
        assertThat(fixtures.update(insert, "gitlab", deliveryId)).isEqualTo(1);
    }

    @Test
    void vocabulariesRejectUnknownValues() throws SQLException {
        UUID repository = fixtures.repository();

        assertViolates(CHECK_VIOLATION, "debt_items_type_check", () -> fixtures.insert("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, title)
                VALUES (?, 'fp', 'rule', 'banana', 'low', 't') RETURNING id""", repository));
        assertViolates(CHECK_VIOLATION, "debt_items_severity_check", () -> fixtures.insert("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, title)
                VALUES (?, 'fp', 'rule', 'dead_code', 'urgent', 't') RETURNING id""", repository));
    }

    @Test
    void deletingARepositoryCascadesToItsScansFindingsAndEmbeddingsButKeepsDeliveries() throws SQLException {
        UUID repository = fixtures.repository();
        UUID scan = fixtures.queuedScan(repository, SchemaFixtures.commitSha(0x77));
        UUID snapshot = fixtures.insert("INSERT INTO file_snapshots (scan_id, path, content_hash) VALUES (?, 'a.java', 'h') RETURNING id", scan);
        UUID item = fixtures.debtItem(repository, "fp-cascade");
        fixtures.update("INSERT INTO debt_item_events (debt_item_id, kind) VALUES (?, 'detected')", item);
        fixtures.update("""
                INSERT INTO file_embeddings (repository_id, path, chunk_index, start_line, end_line, content_hash, embedding, model)
                VALUES (?, 'a.java', 0, 1, 5, 'h', ?, 'all-MiniLM-L6-v2')""", repository, new PGvector(new float[384]));
        UUID delivery = fixtures.insert("""
                INSERT INTO webhook_deliveries (provider, delivery_id, event, repository_id, scan_id, outcome)
                VALUES ('github', ?, 'push', ?, ?, 'scan_queued') RETURNING id""", UUID.randomUUID().toString(), repository, scan);

        assertThat(fixtures.update("DELETE FROM repositories WHERE id = ?", repository)).isEqualTo(1);

        assertThat(fixtures.count("SELECT count(*) FROM scans WHERE id = ?", scan)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM file_snapshots WHERE id = ?", snapshot)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM debt_items WHERE repository_id = ?", repository)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM debt_item_events WHERE debt_item_id = ?", item)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM file_embeddings WHERE repository_id = ?", repository)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM webhook_deliveries WHERE id = ? AND repository_id IS NULL AND scan_id IS NULL",
                delivery)).as("delivery kept, links cleared").isEqualTo(1);
    }

    @Test
    void deletingAUserRemovesTheirKeysButKeepsTheAuditTrail() throws SQLException {
        UUID user = fixtures.user();
        UUID key = fixtures.insert("INSERT INTO api_keys (user_id, name, key_prefix, key_hash) VALUES (?, 'ci', ?, sha256('secret'::bytea)) RETURNING id",
                user, "dos_" + UUID.randomUUID().toString().substring(0, 8));
        UUID entry = fixtures.insert("INSERT INTO audit_log (actor_id, api_key_id, action, success) VALUES (?, ?, 'repo.create', true) RETURNING id",
                user, key);

        fixtures.update("DELETE FROM users WHERE id = ?", user);

        assertThat(fixtures.count("SELECT count(*) FROM api_keys WHERE id = ?", key)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM audit_log WHERE id = ? AND actor_id IS NULL AND api_key_id = ?", entry, key)).isEqualTo(1);
    }
}
