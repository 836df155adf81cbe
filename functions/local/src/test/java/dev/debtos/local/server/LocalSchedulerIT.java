package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.local.queue.LocalScanQueue;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.scan.RepositoryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One tick of the local runtime's scheduler: the reaper re-sends a lost scan and a due schedule gets its scan. */
class LocalSchedulerIT {
    @TempDir
    Path dir;

    @Test
    void aTickRequeuesALostScanAndStartsADueScheduledScan() throws Exception {
        System.setProperty("liquibase.duplicateFileMode", "WARN"); // the platform jar twice on failsafe's class path
        try (TestDatabase database = TestDatabase.create(); HikariDataSource dataSource = Database.pooled(database.settings(), 4);
             LocalScanQueue queue = LocalScanQueue.start(0)) {
            new Migrations().migrate(dataSource);
            ScanStore scans = new ScanStore(dataSource);
            RepositoryStore repositories = new RepositoryStore(dataSource);
            UUID lostRepository = repositories.localRepository(dir.resolve("lost")).id();
            Scan lost = scans.createQueued(lostRepository, "manual", "main", null);
            exec(dataSource, "UPDATE scans SET created_at = now() - interval '1 hour' WHERE id = ?", lost.id());
            UUID scheduled = repositories.localRepository(dir.resolve("scheduled")).id();
            exec(dataSource, "UPDATE repositories SET settings = '{\"schedule\":\"hourly\"}' WHERE id = ?", scheduled);

            try (LocalScheduler scheduler = new LocalScheduler(dataSource, queue::queue)) {
                scheduler.tick();
            }

            assertThat(queue.queue().status().visible()).isEqualTo(2);
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("SELECT count(*) FROM scans WHERE repository_id = ? AND trigger = 'schedule'")) {
                s.setObject(1, scheduled);
                try (var rows = s.executeQuery()) {
                    rows.next();
                    assertThat(rows.getLong(1)).isEqualTo(1);
                }
            }
        }
    }

    private static void exec(HikariDataSource dataSource, String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }
}
