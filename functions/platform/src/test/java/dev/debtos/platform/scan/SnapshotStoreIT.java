package dev.debtos.platform.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot that reused an earlier one is stored exactly as if it had been sent whole. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotStoreIT {
    private static final String JSON = "{\"metrics\": {\"loc\": 3}, \"functions\": [{\"name\": \"price\", \"start\": 2}]}";

    private TestDatabase database;
    private com.zaxxer.hikari.HikariDataSource dataSource;
    private final SnapshotStore store = new SnapshotStore();

    @BeforeAll
    void migrate() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
    }

    @AfterAll
    void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    @Test
    void reusedSnapshotsCopyTheEarlierRowsAndAMissingEarlierRowFallsBackToSendingThem(@TempDir Path dir) throws Exception {
        UUID repository = new RepositoryStore(dataSource).localRepository(dir).id();
        ScanStore scans = new ScanStore(dataSource);
        UUID first = scans.createQueued(repository, "manual", "main", "a".repeat(40)).id();
        UUID second = scans.createQueued(repository, "manual", "main", "b".repeat(40)).id();
        write(first, List.of(snapshot("A.java", 3, null), snapshot("B.java", 4, null)));
        UUID earlierA = snapshotId(first, "A.java");

        write(second, List.of(snapshot("A.java", 7, earlierA), snapshot("B.java", 9, UUID.randomUUID())));

        assertThat(rows(second)).containsExactly(
                "A.java|java|10|5|7|1.5|blob-A.java|" + JSON, "B.java|java|10|5|9|1.5|blob-B.java|" + JSON);
    }

    @Test
    void sentSnapshotsKeepTheirMeasurementJsonAsWrittenAndAFileWithoutOneHasNone(@TempDir Path dir) throws Exception {
        UUID repository = new RepositoryStore(dataSource).localRepository(dir).id();
        UUID scan = new ScanStore(dataSource).createQueued(repository, "manual", "main", "c".repeat(40)).id();
        String tricky = "{\"text\": \"a \\\"quoted\\\" \\\\ path,\\n{ ü 日本 }\", \"list\": [1, null, {\"a\": []}],  \"n\": -1.5e3}";
        List<FileSnapshot> files = new ArrayList<>();
        for (int i = 0; i < 1_003; i++) { // more than one statement's worth
            files.add(new FileSnapshot("F" + i + ".java", "java", i, 1, 0, 0.5, "blob-" + i, i % 3 == 0 ? null : tricky + "", null));
        }

        write(scan, files);

        List<String> rows = rows(scan);
        assertThat(rows).hasSize(1_003);
        assertThat(rows).filteredOn(row -> row.startsWith("F0.java|") || row.startsWith("F999.java|") || row.startsWith("F1002.java|"))
                .containsExactlyInAnyOrder("F0.java|java|0|1|0|0.5|blob-0", "F999.java|java|999|1|0|0.5|blob-999",
                        "F1002.java|java|1002|1|0|0.5|blob-1002");
        assertThat(rows).filteredOn(row -> row.startsWith("F1000.java|"))
                .containsExactly("F1000.java|java|1000|1|0|0.5|blob-1000|" + tricky);
        assertThat(rows.stream().filter(row -> row.endsWith("|" + tricky)).count()).isEqualTo(1_003 - 335);
    }

    private static FileSnapshot snapshot(String path, int churn, UUID reusedFrom) {
        return new FileSnapshot(path, "java", 10, 5, churn, 1.5, "blob-" + path, JSON, reusedFrom);
    }

    private void write(UUID scan, List<FileSnapshot> files) throws Exception {
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            store.write(transaction, scan, files);
            transaction.commit();
        }
    }

    private UUID snapshotId(UUID scan, String path) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM file_snapshots WHERE scan_id = ? AND path = ?")) {
            select.setObject(1, scan);
            select.setString(2, path);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private List<String> rows(UUID scan) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT concat_ws('|', s.path, s.language, s.loc, s.complexity, s.churn, s.hotspot_score, s.content_hash,
                                      s.measurements::text)
                       FROM file_snapshots s WHERE s.scan_id = ? ORDER BY s.path""")) {
            select.setObject(1, scan);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }
}
