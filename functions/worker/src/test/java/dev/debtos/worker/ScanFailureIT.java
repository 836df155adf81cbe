package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exactly-once effects under failure (ScanPipelineIT covers the basic duplicate, mid-write and cancel cases):
 * a failure injected at each stage in turn, retried, ends with the ledger of an uninterrupted run; two workers
 * given the same message at once run it once; a cancel at each stage boundary commits nothing; the lease heartbeat
 * keeps a live worker's scan its own past the lease and stops with the run.
 */
class ScanFailureIT {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static ScanFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void create() throws Exception {
        fixture = ScanFixture.create();
    }

    @AfterAll
    static void drop() throws Exception {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"claimed", "inventory", "rules", "ledger", "committed"})
    void aFailureAtEachStageIsRetriedIntoTheLedgerOfAnUninterruptedRun(String stage) throws Exception {
        LedgerState uninterrupted = twoScans(dir.resolve("reference"), StageHook.NONE, 1);

        AtomicBoolean failed = new AtomicBoolean();
        StageHook failOnce = reached -> {
            if (reached.equals(stage) && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected at " + stage);
            }
        };
        LedgerState retried = twoScans(dir.resolve("shop"), failOnce, 2);

        assertThat(failed).as("the failure was injected").isTrue();
        assertThat(retried).isEqualTo(uninterrupted);
    }

    /** A first scan, a commit that resolves the complexity debt, a second scan (the one failures hit) and its retries. */
    private LedgerState twoScans(Path dir, StageHook secondScanHook, int deliveriesOfTheSecond) throws Exception {
        Path repo = ScanFixture.gitRepository(dir);
        Scan first = fixture.queue(repo);
        assertThat(new ScanWorkerHandler(fixture.pipeline("w1", ScanAnalyzer.engine(), LEASE, StageHook.NONE))
                .handleRequest(ScanFixture.event(first.id(), 1), null).getBatchItemFailures()).isEmpty();
        ScanFixture.commit(repo, ScanFixture.PRICING, ScanFixture.SIMPLE_PRICING);
        Scan second = fixture.queue(repo);
        ScanWorkerHandler handler = new ScanWorkerHandler(fixture.pipeline("w2", ScanAnalyzer.engine(), LEASE, secondScanHook));
        for (int delivery = 1; delivery <= deliveriesOfTheSecond; delivery++) {
            SQSBatchResponse response = handler.handleRequest(ScanFixture.event(second.id(), delivery), null);
            assertThat(response.getBatchItemFailures()).as("delivery " + delivery).hasSize(delivery < deliveriesOfTheSecond ? 1 : 0);
        }
        assertThat(fixture.scans.find(second.id()).orElseThrow().status()).isEqualTo(ScanStatus.COMPLETED);
        return LedgerState.of(fixture.dataSource, first.repositoryId());
    }

    @Test
    void twoWorkersGivenTheSameMessageAtOnceRunItOnce() throws Exception {
        LedgerState reference = twoScans(dir.resolve("reference"), StageHook.NONE, 1);
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        new ScanWorkerHandler(fixture.pipeline("w0", ScanAnalyzer.engine(), LEASE, StageHook.NONE))
                .handleRequest(ScanFixture.event(fixture.queue(repo).id(), 1), null);
        ScanFixture.commit(repo, ScanFixture.PRICING, ScanFixture.SIMPLE_PRICING);
        Scan scan = fixture.queue(repo);
        CountDownLatch loserReturned = new CountDownLatch(1);
        AtomicInteger analyses = new AtomicInteger();
        ScanAnalyzer waitsForTheLoser = (root, progress) -> {
            analyses.incrementAndGet();
            assertThat(loserReturned.await(60, TimeUnit.SECONDS)).isTrue();
            return ScanAnalyzer.engine().analyze(root, progress);
        };
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletionService<SQSBatchResponse> deliveries = new ExecutorCompletionService<>(threads);
            for (String worker : List.of("worker-a", "worker-b")) {
                ScanWorkerHandler handler = new ScanWorkerHandler(fixture.pipeline(worker, waitsForTheLoser, LEASE, StageHook.NONE));
                deliveries.submit(() -> {
                    start.await();
                    return handler.handleRequest(ScanFixture.event(scan.id(), 1), null);
                });
            }
            start.countDown();
            SQSBatchResponse loser = deliveries.take().get();
            loserReturned.countDown();
            SQSBatchResponse winner = deliveries.take().get();

            assertThat(loser.getBatchItemFailures()).as("the loser's delivery is retried later").hasSize(1);
            assertThat(winner.getBatchItemFailures()).isEmpty();
        } finally {
            threads.shutdownNow();
        }
        // the loser's redelivery finds the scan completed
        assertThat(fixture.pipeline("worker-b", ScanAnalyzer.engine(), LEASE, StageHook.NONE).run(scan.id(), 2))
                .isEqualTo(ScanOutcome.ALREADY_FINISHED);
        assertThat(analyses).hasValue(1);
        assertThat(LedgerState.of(fixture.dataSource, scan.repositoryId())).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"claimed", "inventory", "rules", "ledger"})
    void aCancelAtAStageBoundaryCommitsNothing(String stage) throws Exception {
        Scan scan = fixture.queue(ScanFixture.gitRepository(dir.resolve("shop")));
        StageHook cancelThere = reached -> {
            if (reached.equals(stage)) {
                fixture.scans.cancel(scan.id());
            }
        };

        assertThat(fixture.pipeline("w", ScanAnalyzer.engine(), LEASE, cancelThere).run(scan.id(), 1)).isEqualTo(ScanOutcome.CANCELLED);

        LedgerState state = LedgerState.of(fixture.dataSource, scan.repositoryId());
        assertThat(state.items()).isEmpty();
        assertThat(state.snapshots()).isEmpty();
        assertThat(state.scans().values()).containsExactly("cancelled");
    }

    @Test
    void aScanCancelledBeforeItsMessageArrivesIsAcknowledgedUntouched() throws Exception {
        Scan scan = fixture.queue(ScanFixture.gitRepository(dir.resolve("shop")));
        fixture.scans.cancel(scan.id());

        assertThat(fixture.pipeline("w", ScanAnalyzer.engine(), LEASE, StageHook.NONE).run(scan.id(), 1))
                .isEqualTo(ScanOutcome.ALREADY_FINISHED);
        assertThat(fixture.scans.find(scan.id()).orElseThrow().attempt()).isZero();
    }

    @Test
    void theHeartbeatKeepsALiveWorkersLeasePastItsLengthAndStopsWithTheRun() throws Exception {
        Duration shortLease = Duration.ofSeconds(3); // beats every second: two missed beats still keep it
        Scan scan = fixture.queue(ScanFixture.gitRepository(dir.resolve("shop")));
        AtomicInteger extensions = new AtomicInteger();
        Set<Boolean> takeoverAttempts = java.util.concurrent.ConcurrentHashMap.newKeySet();
        StageHook slowRules = reached -> {
            if (reached.equals("rules")) {
                // three leases long: only the heartbeat keeps the scan ours; another worker cannot take it meanwhile
                for (int i = 0; i < 6; i++) {
                    Thread.sleep(shortLease.toMillis() / 2);
                    takeoverAttempts.add(fixture.scans.claim(scan.id(), "intruder", shortLease).isPresent());
                }
            }
        };
        ScanPipeline pipeline = new ScanPipeline(fixture.ports("slow-worker", ScanAnalyzer.engine(), shortLease)
                .withHook(slowRules).withVisibility((receipt, timeout) -> extensions.incrementAndGet()));

        assertThat(pipeline.run(scan.id(), 1, "receipt")).isEqualTo(ScanOutcome.COMPLETED);

        assertThat(takeoverAttempts).containsExactly(false);
        assertThat(extensions.get()).as("the message's visibility was extended").isGreaterThanOrEqualTo(3);
        int afterRun = extensions.get();
        Thread.sleep(shortLease.toMillis());
        assertThat(extensions).as("no beat after the run").hasValue(afterRun);
    }

    @Test
    void theHeartbeatStopsWhenTheRunFails() throws Exception {
        Duration shortLease = Duration.ofMillis(600);
        Scan scan = fixture.queue(ScanFixture.gitRepository(dir.resolve("shop")));
        AtomicInteger extensions = new AtomicInteger();
        StageHook slowThenBroken = reached -> {
            if (reached.equals("rules")) {
                Thread.sleep(shortLease.toMillis());
                throw new IllegalStateException("broken");
            }
        };
        ScanPipeline pipeline = new ScanPipeline(fixture.ports("w", ScanAnalyzer.engine(), shortLease)
                .withHook(slowThenBroken).withVisibility((receipt, timeout) -> extensions.incrementAndGet()));

        assertThatThrownBy(() -> pipeline.run(scan.id(), 1, "receipt")).hasMessage("broken");

        assertThat(extensions.get()).isPositive();
        int afterRun = extensions.get();
        Thread.sleep(shortLease.toMillis());
        assertThat(extensions).hasValue(afterRun);
        Scan released = fixture.scans.find(scan.id()).orElseThrow();
        assertThat(released.error()).contains("broken");
        assertThat(fixture.scans.claim(scan.id(), "next-worker", shortLease)).isPresent();
    }
}
