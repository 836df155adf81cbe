package dev.debtos.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.platform.scan.FileSnapshot;
import dev.debtos.platform.scan.LedgerStore;
import dev.debtos.platform.scan.LedgerUpdate;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.scan.SnapshotStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The ledger stage: file snapshots, the debt ledger, the repository's last scanned commit and the scan's completion
 * with its stats, all in ONE transaction. A crash before the commit leaves nothing; the completion is conditional on
 * the lease and on the scan still being active, so a cancelled scan or one an earlier delivery completed commits
 * nothing a second time.
 */
final class ScanResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final ScanStore scans;
    private final SnapshotStore snapshots = new SnapshotStore();
    private final LedgerStore ledger = new LedgerStore();

    ScanResults(DataSource dataSource, ScanStore scans) {
        this.dataSource = dataSource;
        this.scans = scans;
    }

    /** Writes everything and completes the scan; false (and nothing written) when the scan was no longer ours. */
    boolean commit(UUID scanId, UUID repositoryId, String owner, Path root, AnalysisResult result, long startedNanos)
            throws SQLException {
        List<FileSnapshot> files = snapshots(root, result);
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            try {
                ledger.lock(transaction, repositoryId);
                LedgerUpdate update = LedgerUpdate.plan(ledger.items(transaction, repositoryId), result.findings());
                snapshots.write(transaction, scanId, files);
                ledger.apply(transaction, repositoryId, scanId, update);
                markScanned(transaction, repositoryId, result.commit());
                String stats = stats(result, update, (System.nanoTime() - startedNanos) / 1_000_000);
                if (!scans.complete(transaction, scanId, owner, stats)) {
                    transaction.rollback();
                    return false;
                }
                transaction.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                transaction.rollback();
                throw e;
            } finally {
                transaction.setAutoCommit(true);
            }
        }
    }

    private static void markScanned(Connection transaction, UUID repositoryId, String commit) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE repositories SET last_scanned_commit = COALESCE(?, last_scanned_commit), last_scanned_at = now(), "
                        + "updated_at = now() WHERE id = ?")) {
            update.setString(1, commit);
            update.setObject(2, repositoryId);
            update.executeUpdate();
        }
    }

    static String stats(AnalysisResult result, LedgerUpdate update, long durationMillis) {
        ObjectNode stats = JSON.createObjectNode();
        stats.put("files", result.files().size());
        stats.put("findings", result.findings().size());
        stats.put("new", update.created().size());
        stats.put("stillOpen", update.stillOpen().size());
        stats.put("reopened", update.reopened().size());
        stats.put("resolved", update.resolved().size());
        stats.put("durationMs", durationMillis);
        stats.put("rating", String.valueOf(result.score().rating()));
        stats.put("debtRatio", result.score().debtRatio());
        stats.put("remediationMinutes", result.score().remediationMinutes());
        stats.put("tokens", 0); // the LLM stage is not part of this slice
        if (result.commit() != null) {
            stats.put("commit", result.commit());
        }
        return stats.toString();
    }

    static List<FileSnapshot> snapshots(Path root, AnalysisResult result) {
        Map<String, Hotspot> hotspots = new HashMap<>();
        result.hotspots().forEach(h -> hotspots.put(h.path(), h));
        List<FileSnapshot> files = new ArrayList<>(result.files().size());
        try (ObjectInserter.Formatter blobIds = new ObjectInserter.Formatter()) {
            for (FileMetrics file : result.files()) {
                Hotspot hotspot = hotspots.get(file.path());
                files.add(new FileSnapshot(file.path(), file.language().name().toLowerCase(Locale.ROOT), file.codeLines(),
                        file.totalComplexity(), hotspot == null ? 0 : hotspot.churn(), hotspot == null ? 0 : hotspot.score(),
                        blobId(blobIds, root.resolve(file.path())), file.functions()));
            }
        }
        return files;
    }

    /** The git blob id of the file as it is in the working tree (what an incremental scan compares). */
    private static String blobId(ObjectInserter.Formatter blobIds, Path file) {
        try {
            return blobIds.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file)).name();
        } catch (IOException e) {
            return "";
        }
    }
}
