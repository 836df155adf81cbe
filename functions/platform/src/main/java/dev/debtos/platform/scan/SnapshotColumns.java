package dev.debtos.platform.scan;

import dev.debtos.platform.db.UnnestColumns;

/**
 * A snapshot's measured columns, in the order {@link SentSnapshots} and {@link ReusedSnapshots} unnest them: path,
 * language, loc, complexity, churn, hotspot score, content hash. Counts and the score below zero become zero.
 */
final class SnapshotColumns {
    static final UnnestColumns<FileSnapshot> MEASURED = UnnestColumns.<FileSnapshot>of()
            .and("text", FileSnapshot::path)
            .and("text", FileSnapshot::language)
            .and("int4", file -> Math.max(0, file.loc()))
            .and("int4", file -> Math.max(0, file.complexity()))
            .and("int4", file -> Math.max(0, file.churn()))
            .and("float8", file -> Math.max(0, file.hotspotScore()))
            .and("text", FileSnapshot::contentHash);

    private SnapshotColumns() {
    }
}
