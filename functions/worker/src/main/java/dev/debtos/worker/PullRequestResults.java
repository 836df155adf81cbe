package dev.debtos.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.scan.FileSnapshot;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.scan.SnapshotStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The last stage of a PR scan: the head's file snapshots and the scan's completion with its stats, in one
 * transaction, completed only under the lease of a still active scan (like {@link ScanResults}, without the ledger).
 */
final class PullRequestResults {
    private static final ObjectMapper JSON = Json.mapper();

    private final DataSource dataSource;
    private final ScanStore scans;
    private final SnapshotStore snapshots = new SnapshotStore();

    PullRequestResults(DataSource dataSource, ScanStore scans) {
        this.dataSource = dataSource;
        this.scans = scans;
    }

    /** False (and nothing written) when the scan was no longer ours. */
    boolean commit(UUID scanId, String owner, List<FileSnapshot> files, ObjectNode stats) throws SQLException {
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            try {
                snapshots.write(transaction, scanId, files);
                if (!scans.complete(transaction, scanId, owner, stats.toString())) {
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

    /** The head's figures as a ledger scan reports them, minus the ledger counts ({@code ledger}: unchanged). */
    static ObjectNode stats(AnalysisResult head, long durationMillis) {
        ObjectNode stats = JSON.createObjectNode();
        stats.put("files", head.files().size());
        stats.put("findings", head.findings().size());
        stats.put("durationMs", durationMillis);
        stats.put("rating", String.valueOf(head.score().rating()));
        stats.put("debtRatio", head.score().debtRatio());
        stats.put("remediationMinutes", head.score().remediationMinutes());
        stats.put("tokens", 0);
        stats.put("ledger", "unchanged");
        if (head.commit() != null) {
            stats.put("commit", head.commit());
        }
        return stats;
    }
}
