package dev.debtos.platform.scan;

import java.util.UUID;

/**
 * One file_snapshots row. {@code contentHash} is the file's git blob id; {@code measurements} the engine's per-file
 * measurement as JSON (its functions with their metrics among them; null when not kept), reused by incremental scans.
 * {@code reusedFrom} (nullable) names an earlier snapshot of the same path and blob whose measurement this one reused:
 * its measurement JSON is identical, so {@link SnapshotStore} copies it inside the database instead of sending it again.
 */
public record FileSnapshot(String path, String language, int loc, int complexity, int churn, double hotspotScore,
                           String contentHash, String measurements, UUID reusedFrom) {

    public FileSnapshot(String path, String language, int loc, int complexity, int churn, double hotspotScore,
                        String contentHash) {
        this(path, language, loc, complexity, churn, hotspotScore, contentHash, null, null);
    }
}
