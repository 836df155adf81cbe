package dev.debtos.engine.analysis;

import dev.debtos.engine.imports.FileImports;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import java.util.List;

/**
 * What an analysis learns from one file alone: line counts and functions, SATD comments (before blame) and imports
 * (null for languages without an import graph). A pure function of the file's path and content, so it can be reused
 * for the same path and git blob id ({@link MeasurementCache}). Duplication, cycles and history are not in it: they
 * depend on the other files and are always recomputed.
 */
public record FileMeasurements(FileMetrics metrics, List<SatdComment> satd, FileImports imports) {

    public FileMeasurements {
        satd = List.copyOf(satd);
    }
}
