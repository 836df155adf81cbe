package dev.debtos.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.scan.FileSnapshot;
import dev.debtos.platform.scan.LedgerStore;
import dev.debtos.platform.scan.LedgerUpdate;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.scan.SnapshotStore;
import dev.debtos.worker.incremental.MeasurementCodec;
import dev.debtos.worker.incremental.PreviousMeasurements;
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
 * nothing a second time. Each snapshot keeps the file's blob id and measurement JSON, which the next scan of the
 * repository reuses for unchanged files ({@link PreviousMeasurements}).
 */
final class ScanResults {
    private static final ObjectMapper JSON = Json.mapper();

    private final DataSource dataSource;
    private final ScanStore scans;
    private final SnapshotStore snapshots = new SnapshotStore();
    private final LedgerStore ledger = new LedgerStore();

    ScanResults(DataSource dataSource, ScanStore scans) {
        this.dataSource = dataSource;
        this.scans = scans;
    }

    /** The previous completed scan's measurements, for an incremental analysis of this repository. */
    PreviousMeasurements previous(UUID repositoryId) throws SQLException {
        return PreviousMeasurements.load(dataSource, repositoryId);
    }

    /** Writes everything and completes the scan; false (and nothing written) when the scan was no longer ours. */
    boolean commit(UUID scanId, UUID repositoryId, String owner, Path root, AnalysisResult result,
                   PreviousMeasurements measured, long startedNanos, StageHook hook) throws Exception {
        List<FileSnapshot> files = snapshots(root, result, measured.measuredFiles());
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            try {
                ledger.lock(transaction, repositoryId);
                LedgerUpdate update = LedgerUpdate.plan(ledger.items(transaction, repositoryId), result.findings());
                snapshots.write(transaction, scanId, files);
                ledger.apply(transaction, repositoryId, scanId, update);
                markScanned(transaction, repositoryId, result.commit());
                ObjectNode stats = stats(result, update, (System.nanoTime() - startedNanos) / 1_000_000);
                stats.put("reusedFiles", measured.reusedFiles());
                if (!measured.measuredFiles().isEmpty()) {
                    stats.put("measuredBy", MeasurementCodec.ENGINE);
                }
                hook.reached("ledger");
                if (!scans.complete(transaction, scanId, owner, stats.toString())) {
                    transaction.rollback();
                    return false;
                }
                transaction.commit();
                return true;
            } catch (Exception e) {
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

    static ObjectNode stats(AnalysisResult result, LedgerUpdate update, long durationMillis) {
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
        return stats;
    }

    /** Snapshots without measurements (pull-request scans): blob ids of the files on disk. */
    static List<FileSnapshot> snapshots(Path root, AnalysisResult result) {
        return snapshots(root, result, Map.of());
    }

    /** Blob ids and measurement JSON from the analysis when it collected them, else the blob id of the file on disk. */
    private static List<FileSnapshot> snapshots(Path root, AnalysisResult result,
                                                Map<String, PreviousMeasurements.Measured> measured) {
        Map<String, Hotspot> hotspots = new HashMap<>();
        result.hotspots().forEach(h -> hotspots.put(h.path(), h));
        List<FileSnapshot> files = new ArrayList<>(result.files().size());
        try (ObjectInserter.Formatter blobIds = new ObjectInserter.Formatter()) {
            for (FileMetrics file : result.files()) {
                Hotspot hotspot = hotspots.get(file.path());
                PreviousMeasurements.Measured known = measured.get(file.path());
                files.add(new FileSnapshot(file.path(), file.language().name().toLowerCase(Locale.ROOT), file.codeLines(),
                        file.totalComplexity(), hotspot == null ? 0 : hotspot.churn(), hotspot == null ? 0 : hotspot.score(),
                        known != null ? known.blobId() : blobId(blobIds, root.resolve(file.path())), file.functions(),
                        known == null ? null : known.json(), known == null ? null : known.reusedFrom()));
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
