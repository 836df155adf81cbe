package dev.debtos.local.cli;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.report.Reports;
import dev.debtos.platform.scan.Scan;
import dev.debtos.worker.ScanListener;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The reports {@code debt-os scan} leaves in {@code <dir>/.debt-os/}, from what this run's worker did with the scan:
 * analysed it (the reports are written from the analysis), or took the results of the scan the reports already show
 * (an unchanged tree: they are kept). A scan some other worker completed leaves them as they are.
 */
final class ScanReports implements ScanListener {
    private final UUID scanId;
    private final Path root;
    private final Path directory;
    private final ReportedScan reported;
    private final AtomicReference<AnalysisResult> analysed = new AtomicReference<>();
    private final AtomicReference<UUID> reusedFrom = new AtomicReference<>();

    ScanReports(UUID scanId, Path root) {
        this.scanId = scanId;
        this.root = root;
        this.directory = root.resolve(".debt-os");
        this.reported = new ReportedScan(directory);
    }

    @Override
    public void analysed(UUID id, AnalysisResult result) {
        if (id.equals(scanId)) {
            analysed.set(result);
        }
    }

    /** Only the results the reports on disk show: anything else needs an analysis to write its reports from. */
    @Override
    public boolean acceptsReuse(UUID id, UUID earlierScanId) {
        return reported.is(earlierScanId);
    }

    @Override
    public void reused(UUID id, UUID earlierScanId) {
        if (id.equals(scanId)) {
            reusedFrom.set(earlierScanId);
        }
    }

    /**
     * Writes (or keeps) the reports of the completed scan; says which, in one line. Which scan they show is recorded
     * only for a scan of a commit: a directory scanned in place has no tree whose results a rescan could reuse.
     */
    String write(Scan done) throws Exception {
        AnalysisResult result = analysed.get();
        if (result != null) {
            Reports.writeAll(result, root, directory, (stage, written, total) -> { });
            if (done.commitSha() != null) {
                reported.record(scanId);
            }
            return "reports in " + directory;
        }
        if (reusedFrom.get() != null) {
            reported.record(scanId);
            return "reports in " + directory + " (kept: the tree is unchanged since scan " + reusedFrom.get() + ")";
        }
        return "completed by another worker: no reports written by this run";
    }
}
