package dev.debtos.worker;

import dev.debtos.platform.scan.ScanResultStore;
import dev.debtos.platform.scan.ScanStage;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.worker.checkout.Workspace;
import dev.debtos.worker.incremental.ReuseKey;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The reuse step: when the scan's {@link ReuseKey} (the commit's tree, the engine build, the depth, the file cap)
 * equals that of the scan the repository's ledger reflects, the earlier scan's results are this scan's too. Its
 * snapshots are handed over and the ledger carried forward inside the database, and the scan completes without
 * checking out or analysing anything. When the earlier scan stopped reflecting the ledger meanwhile (another scan committed),
 * or a listener needs an analysis, the scan analyses its tree as usual.
 */
final class EarlierScanReuse {
    private static final Logger LOG = LogManager.getLogger(EarlierScanReuse.class);

    private EarlierScanReuse() {
    }

    /** True when the scan completed with the earlier scan's results. */
    static boolean reuse(ScanRun run, Workspace workspace, ReuseKey key) throws Exception {
        if (key == null) {
            return false; // a plain directory: no tree id to compare
        }
        run.time("reuse");
        ScanPorts ports = run.ports();
        ScanResultStore results = ports.stores().results();
        Optional<ScanResultStore.Earlier> found = results.ledgerScan(run.scan().repositoryId())
                .filter(scan -> key.value().equals(ScanStats.reuseKey(scan.stats())));
        if (found.isEmpty() || !ports.listener().acceptsReuse(run.id(), found.get().id())) {
            return false;
        }
        ScanResultStore.Earlier earlier = found.get();
        run.step("reuse", ScanStatus.ANALYZING, ScanStage.REUSE, 5);
        ScanResultStore.Outcome outcome = results.commitReused(run.id(), run.scan().repositoryId(), run.owner(),
                workspace.commit(), earlier.id(), ScanStats.files(earlier.stats()),
                counts -> ScanStats.reused(earlier.stats(), earlier.id(), counts, workspace.commit(), run).toString(),
                () -> {
                    ports.hook().reached("ledger");
                    ports.listener().reused(run.id(), earlier.id());
                });
        return switch (outcome) {
            case STALE -> {
                LOG.info("Scan {} no longer reflects the ledger: the tree is analysed", earlier.id());
                yield false;
            }
            case NOT_OURS -> throw new NoLongerOurs();
            case COMMITTED -> {
                ports.hook().reached("committed");
                LOG.info("Scan completed: the tree equals scan {}'s, whose results it reused", earlier.id());
                yield true;
            }
        };
    }
}
