package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.MeasurementCache;
import dev.debtos.platform.scan.Scan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reuse step: a scan of the same tree as the scan the ledger reflects takes that scan's results without checking
 * out or analysing anything, and leaves the database exactly as a scan that analysed the tree again would.
 */
class EarlierScanReuseIT {
    private static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir
    Path dir;
    private ScanFixture fixture;

    @BeforeEach
    void database() throws Exception {
        fixture = ScanFixture.create();
    }

    @AfterEach
    void drop() throws Exception {
        fixture.close();
    }

    @Test
    void anUnchangedRescanTakesTheEarlierResultsWithoutAnalysing() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        AtomicInteger analyses = new AtomicInteger();
        ScanPipeline pipeline = new ScanPipeline(fixture.ports("w", counting(analyses), LEASE));

        Scan first = scan(pipeline, repo);
        List<String> firstSnapshots = fixture.snapshotRows(first.id());
        Scan second = scan(pipeline, repo);

        assertThat(analyses).hasValue(1);
        assertThat(fixture.stat(second.id(), "reusedScan")).isEqualTo(first.id().toString());
        for (String same : new String[] {"files", "findings", "rating", "debtRatio", "remediationMinutes", "tree", "reuseKey",
                "measuredBy", "commit"}) {
            assertThat(fixture.stat(second.id(), same)).as(same).isNotEmpty().isEqualTo(fixture.stat(first.id(), same));
        }
        assertThat(fixture.stat(second.id(), "new")).isEqualTo("0");
        assertThat(fixture.stat(second.id(), "stillOpen")).isEqualTo(fixture.stat(first.id(), "new"));
        assertThat(fixture.stat(second.id(), "reusedFiles")).isEqualTo("2");
        assertThat(fixture.snapshotRows(second.id())).hasSize(2).isEqualTo(firstSnapshots);
        assertThat(fixture.snapshotRows(first.id())).as("handed over, not copied").isEmpty();
        LedgerState state = LedgerState.of(fixture.dataSource, first.repositoryId());
        assertThat(state.items().values()).isNotEmpty().allMatch(item -> item.equals("open first#1 last#2"));
        assertThat(state.events()).containsOnlyKeys("detected");
        assertThat(fixture.ledgerScan(first.repositoryId())).isEqualTo(second.id());
    }

    @Test
    void aReusedRescanChangesTheLedgerExactlyAsAnAnalysedOneWould() throws Exception {
        AtomicInteger reusing = new AtomicInteger();
        AtomicInteger analysing = new AtomicInteger();
        ScanPipeline reuses = new ScanPipeline(fixture.ports("a", counting(reusing), LEASE));
        ScanPipeline analyses = new ScanPipeline(fixture.ports("b", counting(analysing), LEASE).withListener(new ScanListener() {
            @Override
            public void analysed(UUID scanId, AnalysisResult result) {
            }

            @Override
            public boolean acceptsReuse(UUID scanId, UUID earlierScanId) {
                return false;
            }
        }));
        Path a = ScanFixture.gitRepository(dir.resolve("a"));
        Path b = ScanFixture.gitRepository(dir.resolve("b"));
        UUID repositoryA = scan(reuses, a).repositoryId();
        UUID repositoryB = scan(analyses, b).repositoryId();
        for (UUID repository : new UUID[] {repositoryA, repositoryB}) {
            // people changed the ledger since: resolved an item whose code is still there, gave up on another, and an
            // item the scans never saw is open (reopened by hand)
            fixture.update("UPDATE debt_items SET status = 'resolved', resolved_at = now() WHERE repository_id = ? "
                    + "AND type = 'complexity'", repository);
            fixture.update("UPDATE debt_items SET status = 'wont_fix' WHERE repository_id = ? AND path LIKE '%Cart.java'",
                    repository);
            fixture.update("""
                    INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, title)
                    VALUES (?, 'gone', 'DEBT-SIZE-001', 'code_smell', 'low', 'a finding of older code')""", repository);
        }

        Scan reused = scan(reuses, a);
        Scan analysed = scan(analyses, b);

        assertThat(reusing).hasValue(1);
        assertThat(analysing).hasValue(2);
        assertThat(fixture.stat(reused.id(), "reusedScan")).isNotEmpty();
        assertThat(fixture.stat(analysed.id(), "reusedScan")).isEmpty();
        for (String count : new String[] {"new", "stillOpen", "reopened", "resolved"}) {
            assertThat(fixture.stat(reused.id(), count)).as(count).isEqualTo(fixture.stat(analysed.id(), count));
        }
        assertThat(fixture.stat(reused.id(), "reopened")).isNotEqualTo("0");
        assertThat(fixture.stat(reused.id(), "resolved")).isEqualTo("1");
        LedgerState afterReuse = LedgerState.of(fixture.dataSource, repositoryA);
        LedgerState afterAnalysis = LedgerState.of(fixture.dataSource, repositoryB);
        assertThat(afterReuse.items()).isEqualTo(afterAnalysis.items());
        assertThat(afterReuse.events()).isEqualTo(afterAnalysis.events()).containsKeys("detected", "reopened", "resolved");
        // the reused scan took the earlier scan's snapshots over; the analysed one wrote its own
        assertThat(ofScan(2, afterReuse.snapshots())).isNotEmpty().isEqualTo(ofScan(2, afterAnalysis.snapshots()));
        assertThat(ofScan(1, afterReuse.snapshots())).isEmpty();
    }

    @Test
    void whenTheEarlierScanLostItsSnapshotsTheTreeIsAnalysedAgain() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        AtomicInteger analyses = new AtomicInteger();
        ScanPipeline pipeline = new ScanPipeline(fixture.ports("w", counting(analyses), LEASE));
        Scan first = scan(pipeline, repo);
        fixture.update("DELETE FROM file_snapshots WHERE scan_id = ?", first.id());

        Scan second = scan(pipeline, repo);

        assertThat(analyses).hasValue(2);
        assertThat(fixture.stat(second.id(), "reusedScan")).isEmpty();
        assertThat(fixture.snapshotRows(second.id())).hasSize(2);
        assertThat(fixture.ledgerScan(first.repositoryId())).isEqualTo(second.id());
    }

    @Test
    void aChangedTreeIsAnalysed() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        AtomicInteger analyses = new AtomicInteger();
        ScanPipeline pipeline = new ScanPipeline(fixture.ports("w", counting(analyses), LEASE));
        Scan first = scan(pipeline, repo);
        ScanFixture.commit(repo, ScanFixture.PRICING, ScanFixture.SIMPLE_PRICING);

        Scan second = scan(pipeline, repo);

        assertThat(analyses).hasValue(2);
        assertThat(fixture.stat(second.id(), "tree")).isNotEmpty().isNotEqualTo(fixture.stat(first.id(), "tree"));
        assertThat(fixture.stat(second.id(), "reusedFiles")).isEqualTo("1");
    }

    private Scan scan(ScanPipeline pipeline, Path repo) throws Exception {
        Scan scan = fixture.queue(repo);
        assertThat(pipeline.run(scan.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);
        return fixture.scans.find(scan.id()).orElseThrow();
    }

    /** The engine, counting its analyses. */
    private static ScanAnalyzer counting(AtomicInteger analyses) {
        ScanAnalyzer engine = ScanAnalyzer.engine();
        return new ScanAnalyzer() {
            @Override
            public AnalysisResult analyze(Path root, ProgressListener progress) throws Exception {
                analyses.incrementAndGet();
                return engine.analyze(root, progress);
            }

            @Override
            public AnalysisResult analyze(Path root, MeasurementCache cache, ProgressListener progress) throws Exception {
                analyses.incrementAndGet();
                return engine.analyze(root, cache, progress);
            }
        };
    }

    /** The snapshot lines ({@link LedgerState#snapshots()}) of the repository's {@code ordinal}th scan. */
    private static List<String> ofScan(int ordinal, List<String> snapshots) {
        return snapshots.stream().filter(line -> line.startsWith("#" + ordinal + " ")).toList();
    }
}
