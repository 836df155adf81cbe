package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.StuckScans;
import dev.debtos.worker.ops.LeaseReaper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker process killed mid-scan (SIGKILL while the engine runs): its lease expires, the reaper re-queues the scan,
 * a new worker runs it, and the ledger is exactly the one an uninterrupted run leaves on a fresh database.
 */
class WorkerCrashIT {
    private static final Duration CHILD_LEASE = Duration.ofMillis(1500);
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void aWorkerKilledWhileAnalyzingIsReapedAndTheRetryLeavesTheLedgerOfAnUninterruptedRun() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        LedgerState uninterrupted;
        try (ScanFixture fresh = ScanFixture.create()) {
            Scan scan = fresh.queue(repo);
            assertThat(fresh.pipeline("w", ScanAnalyzer.engine(), Duration.ofMinutes(1), StageHook.NONE).run(scan.id(), 1))
                    .isEqualTo(ScanOutcome.COMPLETED);
            uninterrupted = LedgerState.of(fresh.dataSource, scan.repositoryId());
        }

        try (ScanFixture fixture = ScanFixture.create()) {
            Scan scan = fixture.queue(repo);
            Path marker = dir.resolve("paused");
            Process worker = startWorker(fixture, scan, marker);
            try {
                awaitFile(marker, worker);
                assertThat(fixture.scans.find(scan.id()).orElseThrow().status()).isEqualTo(ScanStatus.ANALYZING);
            } finally {
                worker.destroyForcibly();
                assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(LedgerState.of(fixture.dataSource, scan.repositoryId()).items()).as("nothing committed").isEmpty();

            RecordingQueue queue = new RecordingQueue();
            LeaseReaper reaper = new LeaseReaper(new StuckScans(fixture.dataSource), queue, Duration.ofMinutes(10));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!reaper.run().requeued().contains(scan.id())) {
                assertThat(System.nanoTime()).as("the dead worker's lease expires and the reaper re-queues the scan").isLessThan(deadline);
                Thread.sleep(200);
            }
            assertThat(queue.sent).containsExactly(new ScanMessage(scan.id()));

            ScanWorkerHandler retry = new ScanWorkerHandler(
                    fixture.pipeline("new-worker", ScanAnalyzer.engine(), Duration.ofMinutes(1), StageHook.NONE));
            assertThat(retry.handleRequest(ScanFixture.event(queue.sent.getFirst().scanId(), 1), null).getBatchItemFailures()).isEmpty();

            Scan done = fixture.scans.find(scan.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(ScanStatus.COMPLETED);
            assertThat(done.attempt()).isEqualTo(2);
            assertThat(LedgerState.of(fixture.dataSource, scan.repositoryId())).isEqualTo(uninterrupted);
        }
    }

    private static Process startWorker(ScanFixture fixture, Scan scan, Path marker) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Ddebtos.log.target=SYSTEM_ERR",
                PausingWorkerMain.class.getName(), scan.id().toString(), Long.toString(CHILD_LEASE.toMillis()), marker.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createFile(marker.resolveSibling("worker.log")).toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("DATABASE_"));
        var settings = fixture.database.settings();
        builder.environment().putAll(java.util.Map.of("DATABASE_URL", settings.jdbcUrl(), "DB_USERNAME", settings.username(),
                "DB_PASSWORD", settings.password().reveal(), "DEBT_OS_PROFILE", "local"));
        return builder.start();
    }

    private static void awaitFile(Path marker, Process worker) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(marker)) {
            assertThat(worker.isAlive()).as("the worker runs: " + Files.readString(marker.resolveSibling("worker.log"))).isTrue();
            assertThat(System.nanoTime()).as("the worker reaches the rules stage").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
