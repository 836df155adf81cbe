package dev.debtos.platform.scan;

import dev.debtos.engine.metrics.FunctionMetrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * file_snapshots and function_metrics of one scan, written in JDBC batches inside the caller's transaction; snapshots
 * that reused an earlier snapshot's measurement copy its JSON and function rows in the database ({@link ReusedSnapshots}),
 * and a scan that reuses a whole earlier scan copies all of its rows ({@link #copyScan}).
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
     * Copies every snapshot of scan {@code from} (measurements and function rows included) to scan {@code to} inside
     * the database: a scan of the same tree by the same engine has the same snapshots. Returns the files copied.
     */
    public int copyScan(Connection transaction, UUID from, UUID to) throws SQLException {
        try (PreparedStatement copy = transaction.prepareStatement("""
                WITH copied AS (
                    INSERT INTO file_snapshots (scan_id, path, language, loc, complexity, churn, hotspot_score, content_hash,
                                                measurements)
                    SELECT ?, path, language, loc, complexity, churn, hotspot_score, content_hash, measurements
                      FROM file_snapshots WHERE scan_id = ?
                    RETURNING id, path),
                functions AS (
                    INSERT INTO function_metrics (snapshot_id, name, start_line, end_line, nloc, cyclomatic, cognitive, nesting,
                                                  params)
                    SELECT c.id, f.name, f.start_line, f.end_line, f.nloc, f.cyclomatic, f.cognitive, f.nesting, f.params
                      FROM copied c JOIN file_snapshots e ON e.scan_id = ? AND e.path = c.path
                      JOIN function_metrics f ON f.snapshot_id = e.id)
                SELECT count(*) FROM copied""")) {
            copy.setObject(1, to);
            copy.setObject(2, from);
            copy.setObject(3, from);
            try (ResultSet rows = copy.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
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
