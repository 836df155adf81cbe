package dev.debtos.platform.scan;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.suppression.SuppressedFinding;
import dev.debtos.platform.ledger.DebtSummaryStore;
import dev.debtos.platform.ledger.LedgerCounts;
import dev.debtos.platform.ledger.LedgerStore;
import dev.debtos.platform.ledger.LedgerUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What a scan writes when it ends, in ONE transaction whose last statement completes the scan only under the worker's
 * lease of a still active scan: a crash before the commit leaves nothing, and a cancelled scan, or one an earlier
 * delivery completed, commits nothing a second time (the methods then return false and roll back). A ledger scan
 * writes its file snapshots, the debt ledger (under the repository's row lock, so two scans of one repository never
 * interleave), the ledger's stored totals and plan ({@link DebtSummaryStore}) and the repository's last scanned commit;
 * a pull-request scan writes only its snapshots.
 */
public final class ScanResultStore {
    /** Runs inside the transaction just before the completion; a throw rolls everything back (failure-injection tests). */
    @FunctionalInterface
    public interface BeforeCompletion {
        BeforeCompletion NONE = () -> { };

        void reached() throws Exception;
    }

    /**
     * An analysed ledger scan: its snapshots, findings and suppressed findings, and the commit it scanned (null:
     * unknown). Suppressed findings enter the ledger with status {@code suppressed}.
     */
    public record Analysed(UUID scanId, UUID repositoryId, String owner, String commit, List<FileSnapshot> files,
                           List<Finding> findings, List<SuppressedFinding> suppressed) {

        public Analysed {
            suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
        }

        public Analysed(UUID scanId, UUID repositoryId, String owner, String commit, List<FileSnapshot> files,
                        List<Finding> findings) {
            this(scanId, repositoryId, owner, commit, files, findings, List.of());
        }
    }

    /** A completed scan whose results a scan of the same tree can reuse, with its stats (jsonb text). */
    public record Earlier(UUID id, String stats) {
    }

    /** How a commit ended. */
    public enum Outcome {
        COMMITTED,
        /** The scan is no longer this worker's (cancelled, finished or taken over): nothing written. */
        NOT_OURS,
        /** The earlier scan no longer reflects the ledger, or lost its snapshots: nothing written, analyse instead. */
        STALE
    }

    private final DataSource dataSource;
    private final ScanStore scans;
    private final SnapshotStore snapshots = new SnapshotStore();
    private final LedgerStore ledger = new LedgerStore();

    public ScanResultStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.scans = new ScanStore(dataSource);
    }

    /** The completed scan the repository's ledger reflects, if any. */
    public Optional<Earlier> ledgerScan(UUID repositoryId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, stats::text FROM scans WHERE id = (" + ScanStore.LATEST_LEDGER_SCAN + ")")) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Earlier(rows.getObject(1, UUID.class), rows.getString(2))) : Optional.empty();
            }
        }
    }

    /** Snapshots, ledger and completion; {@code stats} makes the stats JSON once the ledger's update is known. */
    public boolean commitAnalysed(Analysed scan, Function<LedgerCounts, String> stats, BeforeCompletion hook) throws Exception {
        return inTransaction(transaction -> {
            ledger.lock(transaction, scan.repositoryId());
            List<Finding> all = new java.util.ArrayList<>(scan.findings());
            scan.suppressed().forEach(s -> all.add(s.finding()));
            LedgerUpdate update = LedgerUpdate.plan(ledger.items(transaction, scan.repositoryId()), all);
            snapshots.write(transaction, scan.scanId(), scan.files());
            ledger.apply(transaction, scan.repositoryId(), scan.scanId(), update);
            ledger.suppress(transaction, scan.repositoryId(), scan.scanId(), scan.suppressed());
            DebtSummaryStore.refresh(transaction, scan.repositoryId());
            RepositoryStore.markScanned(transaction, scan.repositoryId(), scan.commit());
            String json = stats.apply(update.counts(scan.suppressed().stream().map(s -> s.finding().fingerprint())
                    .collect(java.util.stream.Collectors.toSet())));
            hook.reached();
            return completed(scans.complete(transaction, scan.scanId(), scan.owner(), json));
        }) == Outcome.COMMITTED;
    }

    /**
     * The results of {@code earlier} (a scan of the same tree by the same engine) as this scan's: its snapshots handed
     * over, the ledger carried forward, and the completion. {@code files} is how many snapshots the earlier scan has.
     */
    public Outcome commitReused(UUID scanId, UUID repositoryId, String owner, String commit, UUID earlier, int files,
                                Function<LedgerCounts, String> stats, BeforeCompletion hook) throws Exception {
        return inTransaction(transaction -> {
            ledger.lock(transaction, repositoryId);
            if (!earlier.equals(latestLedgerScan(transaction, repositoryId))
                    || snapshots.moveScan(transaction, earlier, scanId) != files) {
                return Outcome.STALE;
            }
            LedgerCounts counts = ledger.carryForward(transaction, repositoryId, earlier, scanId);
            if (counts.reopened() + counts.resolved() > 0) {
                // otherwise no item changed status or details, and the stored totals and plan are already current
                DebtSummaryStore.refresh(transaction, repositoryId);
            }
            RepositoryStore.markScanned(transaction, repositoryId, commit);
            String json = stats.apply(counts);
            hook.reached();
            return completed(scans.complete(transaction, scanId, owner, json));
        });
    }

    /** A pull-request scan's snapshots and completion; the ledger is left alone. */
    public boolean commitPullRequest(UUID scanId, String owner, List<FileSnapshot> files, String stats) throws Exception {
        return inTransaction(transaction -> {
            snapshots.write(transaction, scanId, files);
            return completed(scans.complete(transaction, scanId, owner, stats));
        }) == Outcome.COMMITTED;
    }

    private static UUID latestLedgerScan(Connection transaction, UUID repositoryId) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement(ScanStore.LATEST_LEDGER_SCAN)) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getObject(1, UUID.class) : null;
            }
        }
    }

    private static Outcome completed(boolean completed) {
        return completed ? Outcome.COMMITTED : Outcome.NOT_OURS;
    }

    @FunctionalInterface
    private interface Work {
        /** Committed only when {@link Outcome#COMMITTED}, else rolled back. */
        Outcome run(Connection transaction) throws Exception;
    }

    private Outcome inTransaction(Work work) throws Exception {
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            try {
                Outcome outcome = work.run(transaction);
                if (outcome == Outcome.COMMITTED) {
                    transaction.commit();
                } else {
                    transaction.rollback();
                }
                return outcome;
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            } finally {
                transaction.setAutoCommit(true);
            }
        }
    }
}
