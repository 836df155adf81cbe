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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations guide's "single service failure" with the deployed timings: a worker process holding the deployed
 * lease ({@link LeaseTerms#DEPLOYED}) is killed with SIGKILL inside the ledger transaction, while the reaper runs on its
 * deployed schedule ({@link LeaseReaper#PERIOD}) and a healthy worker takes what the reaper re-queues. The scan must
 * complete on its second attempt with the ledger of an uninterrupted run (nothing lost, nothing twice); the time from
 * the kill to the completed scan is printed (the guide's RTO is 5 minutes).
 */
class CrashRecoveryTimeIT {
    private static final Duration PATIENCE = LeaseTerms.DEPLOYED.plus(LeaseReaper.PERIOD.multipliedBy(2)).plusMinutes(2);

    @TempDir
    Path dir;

    @Test
    void aWorkerKilledInTheLedgerTransactionIsRecoveredByTheScheduledReaperWithNothingDuplicated() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        LedgerState uninterrupted;
        try (ScanFixture fresh = ScanFixture.create()) {
            Scan scan = fresh.queue(repo);
            assertThat(fresh.pipeline("w", ScanAnalyzer.engine(), Duration.ofMinutes(1), StageHook.NONE).run(scan.id(), 1))
                    .isEqualTo(ScanOutcome.COMPLETED);
            uninterrupted = LedgerState.of(fresh.dataSource, scan.repositoryId());
        }

        try (ScanFixture fixture = ScanFixture.create(); var scheduler = Executors.newSingleThreadScheduledExecutor()) {
            Scan scan = fixture.queue(repo);
            RecordingQueue queue = new RecordingQueue();
            LeaseReaper reaper = new LeaseReaper(new StuckScans(fixture.dataSource), queue, LeaseReaper.DEFAULT_GRACE);
            ScanWorkerHandler healthy = new ScanWorkerHandler(
                    fixture.pipeline("healthy-worker", ScanAnalyzer.engine(), LeaseTerms.DEPLOYED, StageHook.NONE));
            AtomicLong requeuedAt = new AtomicLong();
            // the deployment's reaper schedule, running all along (its phase against the crash is whatever it is)
            scheduler.scheduleAtFixedRate(() -> {
                try {
                    if (reaper.run().requeued().contains(scan.id())) {
                        requeuedAt.set(System.nanoTime());
                        ScanMessage message = queue.sent.getLast();
                        healthy.handleRequest(ScanFixture.event(message.scanId(), 1), null);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, LeaseReaper.PERIOD.toMillis(), LeaseReaper.PERIOD.toMillis(), TimeUnit.MILLISECONDS);

            Path marker = dir.resolve("paused");
            Process worker = startWorker(fixture, scan, marker);
            long killedAt;
            try {
                awaitFile(marker, worker);
            } finally {
                worker.destroyForcibly(); // SIGKILL
                killedAt = System.nanoTime();
                assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            long deadline = killedAt + PATIENCE.toNanos();
            while (fixture.scans.find(scan.id()).orElseThrow().status() != ScanStatus.COMPLETED) {
                assertThat(System.nanoTime()).as("the scan is recovered").isLessThan(deadline);
                Thread.sleep(200);
            }
            long completedAt = System.nanoTime();

            Scan done = fixture.scans.find(scan.id()).orElseThrow();
            assertThat(done.attempt()).isEqualTo(2);
            assertThat(queue.sent).containsExactly(new ScanMessage(scan.id()));
            assertThat(LedgerState.of(fixture.dataSource, scan.repositoryId())).isEqualTo(uninterrupted);
            System.out.printf(Locale.ROOT, "crash recovery: worker SIGKILLed in the ledger transaction; lease %d s (heartbeat every"
                            + " %d s), reaper every %d s: re-queued after %.1f s, completed after %.1f s (guide RTO: 300 s)%n",
                    LeaseTerms.DEPLOYED.toSeconds(), LeaseTerms.DEPLOYED.toSeconds() / 3, LeaseReaper.PERIOD.toSeconds(),
                    (requeuedAt.get() - killedAt) / 1e9, (completedAt - killedAt) / 1e9);
        }
    }

    private static Process startWorker(ScanFixture fixture, Scan scan, Path marker) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Ddebtos.log.target=SYSTEM_ERR",
                PausingWorkerMain.class.getName(), scan.id().toString(), Long.toString(LeaseTerms.DEPLOYED.toMillis()),
                marker.toString(), "ledger"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createFile(marker.resolveSibling("worker.log")).toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("DATABASE_"));
        var settings = fixture.database.settings();
        builder.environment().putAll(Map.of("DATABASE_URL", settings.jdbcUrl(), "DB_USERNAME", settings.username(),
                "DB_PASSWORD", settings.password().reveal(), "DEBT_OS_PROFILE", "local"));
        return builder.start();
    }

    private static void awaitFile(Path marker, Process worker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(marker)) {
            assertThat(worker.isAlive()).as("the worker runs: " + Files.readString(marker.resolveSibling("worker.log"))).isTrue();
            assertThat(System.nanoTime()).as("the worker reaches the ledger stage").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
