package dev.debtos.platform.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * file_snapshots of one scan, written set-based inside the caller's transaction ({@link SentSnapshots}); snapshots
 * that reused an earlier snapshot's measurement copy its JSON in the database ({@link ReusedSnapshots}), and a scan
 * that reuses a whole earlier scan takes over all of its rows ({@link #moveScan}).
 */
public final class SnapshotStore {
    public void write(Connection transaction, UUID scanId, List<FileSnapshot> files) throws SQLException {
        Set<UUID> present = ReusedSnapshots.present(transaction, files);
        List<FileSnapshot> sent = new ArrayList<>(files.size());
        List<FileSnapshot> copied = new ArrayList<>();
        for (FileSnapshot file : files) {
            (file.reusedFrom() != null && present.contains(file.reusedFrom()) ? copied : sent).add(file);
        }
        SentSnapshots.insert(transaction, scanId, sent);
        ReusedSnapshots.copy(transaction, scanId, copied);
    }

    /**
     * Hands every snapshot of scan {@code from} (their measurements with them) over to scan
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
}
