package dev.debtos.local.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.LeaseTerms;
import dev.debtos.worker.ScanPorts;
import dev.debtos.worker.checkout.WorkspacePreparer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan that fails every attempt, through the real queue (ElasticMQ with the provisioned redrive policy) and the
 * poller: five receives, then the message is in the dead-letter queue and the scan is failed with its reason.
 */
class PoisonScanIT {
    @TempDir
    Path dir;

    @Test
    void aScanFailingFiveTimesReachesTheDeadLetterQueueAndIsMarkedFailed() throws Exception {
        Files.writeString(dir.resolve("Main.java"), "class Main {}\n");
        // failsafe sees the platform jar twice (reactor and target/lib): the same file, as ApiTestServer notes
        System.setProperty("liquibase.duplicateFileMode", "WARN");
        try (TestDatabase database = TestDatabase.create(); HikariDataSource dataSource = Database.pooled(database.settings(), 4)) {
            new Migrations().migrate(dataSource);
            ScanStore scans = new ScanStore(dataSource);
            Scan scan = scans.createQueued(new RepositoryStore(dataSource).localRepository(dir).id(), "manual", "main", null);
            AtomicInteger attempts = new AtomicInteger();
            ScanPorts alwaysFailing = ScanPorts.of(dataSource, WorkspacePreparer.defaults(Profile.LOCAL), (root, progress) -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("the engine cannot read this tree");
            }, new LeaseTerms("worker-" + UUID.randomUUID(), Duration.ofMinutes(1)));

            try (LocalScanQueue local = LocalScanQueue.start(0).withWorker(alwaysFailing)) {
                local.queue().send(new ScanMessage(scan.id()));
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (local.queue().status().deadLetters() < 1) {
                    assertThat(System.nanoTime()).as("the message reaches the DLQ").isLessThan(deadline);
                    Thread.sleep(250);
                }
                assertThat(local.queue().status().visible()).isZero();
            }

            assertThat(attempts).hasValue(5);
            Scan failed = scans.find(scan.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
            assertThat(failed.error()).isEqualTo("IllegalStateException: the engine cannot read this tree");
            assertThat(failed.attempt()).isEqualTo(5);
        }
    }
}
