package dev.debtos.platform.scan;

import dev.debtos.engine.metrics.FunctionMetrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * file_snapshots and function_metrics of one scan, written in JDBC batches inside the caller's transaction; snapshots
 * that reused an earlier snapshot's measurement copy its JSON and function rows in the database ({@link ReusedSnapshots}),
 * and a scan that reuses a whole earlier scan takes over all of its rows ({@link #moveScan}).
 */
public final class SnapshotStore {
    private static final int BATCH = 500;

    public void write(Connection transaction, UUID scanId, List<FileSnapshot> files) throws SQLException {
        Set<UUID> present = ReusedSnapshots.present(transaction, files);
        List<FileSnapshot> sent = new ArrayList<>(files.size());
        List<FileSnapshot> copied = new ArrayList<>();
        for (FileSnapshot file : files) {
            (file.reusedFrom() != null && present.contains(file.reusedFrom()) ? copied : sent).add(file);
        }
        send(transaction, scanId, sent);
        ReusedSnapshots.copy(transaction, scanId, copied);
    }

    /**
     * Hands every snapshot of scan {@code from} (their measurements and function rows with them) over to scan
     * {@code to}: a scan of the same tree by the same engine has the same snapshots, so they move by a change of
     * owner instead of being copied. Readers take the snapshots of a repository's latest scan, which {@code to}
     * becomes. Returns the files moved.
     */
    public int moveScan(Connection transaction, UUID from, UUID to) throws SQLException {
        try (PreparedStatement move = transaction.prepareStatement("UPDATE file_snapshots SET scan_id = ? WHERE scan_id = ?")) {
            move.setObject(1, to);
            move.setObject(2, from);
            return move.executeUpdate();
        }
    }

    private static void send(Connection transaction, UUID scanId, List<FileSnapshot> files) throws SQLException {
        try (PreparedStatement file = transaction.prepareStatement("""
                INSERT INTO file_snapshots (id, scan_id, path, language, loc, complexity, churn, hotspot_score, content_hash,
                                            measurements)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""");
             PreparedStatement function = transaction.prepareStatement("""
                INSERT INTO function_metrics (snapshot_id, name, start_line, end_line, nloc, cyclomatic, cognitive, nesting, params)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int pendingFiles = 0;
            int pendingFunctions = 0;
            for (FileSnapshot snapshot : files) {
                UUID id = UUID.randomUUID();
                file.setObject(1, id);
                file.setObject(2, scanId);
                file.setString(3, snapshot.path());
                file.setString(4, snapshot.language());
                file.setInt(5, Math.max(0, snapshot.loc()));
                file.setInt(6, Math.max(0, snapshot.complexity()));
                file.setInt(7, Math.max(0, snapshot.churn()));
                file.setDouble(8, Math.max(0, snapshot.hotspotScore()));
                file.setString(9, snapshot.contentHash());
                file.setString(10, snapshot.measurements());
                file.addBatch();
                if (++pendingFiles == BATCH) {
                    file.executeBatch(); // parents before children: function_metrics references file_snapshots
                    pendingFiles = 0;
                }
                for (FunctionMetrics f : snapshot.functions()) {
                    int start = Math.max(1, f.startLine());
                    function.setObject(1, id);
                    function.setString(2, f.name() == null || f.name().isEmpty() ? "<anonymous>" : f.name());
                    function.setInt(3, start);
                    function.setInt(4, Math.max(start, f.endLine()));
                    function.setInt(5, Math.max(0, f.nloc()));
                    function.setInt(6, Math.max(1, f.cyclomatic()));
                    function.setInt(7, Math.max(0, f.cognitive()));
                    function.setInt(8, Math.max(0, f.maxNesting()));
                    function.setInt(9, Math.max(0, f.parameters()));
                    function.addBatch();
                    pendingFunctions++;
                }
                if (pendingFunctions >= BATCH) {
                    file.executeBatch();
                    pendingFiles = 0;
                    function.executeBatch();
                    pendingFunctions = 0;
                }
            }
            file.executeBatch();
            function.executeBatch();
        }
    }
}
