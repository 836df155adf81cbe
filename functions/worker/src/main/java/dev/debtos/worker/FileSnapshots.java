package dev.debtos.worker;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.platform.scan.FileSnapshot;
import dev.debtos.worker.incremental.PreviousMeasurements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * An analysis as file_snapshots rows: per file its language, size, complexity, churn and hotspot score, its git blob
 * id, and (ledger scans) the measurement JSON the next scan of the repository reuses for unchanged files.
 */
final class FileSnapshots {
    private FileSnapshots() {
    }

    /** Snapshots without measurements (pull-request scans): blob ids of the files on disk. */
    static List<FileSnapshot> of(Path root, AnalysisResult result) {
        return of(root, result, Map.of());
    }

    /** Blob ids and measurement JSON from the analysis when it collected them, else the blob id of the file on disk. */
    static List<FileSnapshot> of(Path root, AnalysisResult result, Map<String, PreviousMeasurements.Measured> measured) {
        Map<String, Hotspot> hotspots = new HashMap<>();
        result.hotspots().forEach(h -> hotspots.put(h.path(), h));
        List<FileSnapshot> files = new ArrayList<>(result.files().size());
        try (ObjectInserter.Formatter blobIds = new ObjectInserter.Formatter()) {
            for (FileMetrics file : result.files()) {
                Hotspot hotspot = hotspots.get(file.path());
                PreviousMeasurements.Measured known = measured.get(file.path());
                files.add(new FileSnapshot(file.path(), file.language().name().toLowerCase(Locale.ROOT), file.codeLines(),
                        file.totalComplexity(), hotspot == null ? 0 : hotspot.churn(), hotspot == null ? 0 : hotspot.score(),
                        known != null ? known.blobId() : blobId(blobIds, root.resolve(file.path())),
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
