package dev.debtos.worker;

import dev.debtos.engine.analysis.AnalysisResult;
import java.util.UUID;

/**
 * Told, inside the transaction that completes a scan this worker ran, what its results are (the CLI writes its reports
 * from the analysis). The call comes before the commit, so whoever sees the scan completed finds the listener already
 * told; a commit that then fails leaves the listener with an analysis of the same tree, which a retry replaces.
 * A scan of the same tree as the scan the ledger reflects takes that scan's results instead of analysing: there is
 * no analysis then, so a listener that needs one can refuse the reuse.
 */
public interface ScanListener {
    ScanListener NONE = (scanId, result) -> { };

    /** The scan's results, including {@code result}, are being committed. */
    void analysed(UUID scanId, AnalysisResult result);

    /** The scan's results, those of {@code earlierScanId}, are being committed; no analysis ran. */
    default void reused(UUID scanId, UUID earlierScanId) {
    }

    /** Whether {@code scanId} may take the results of {@code earlierScanId} instead of analysing its tree. */
    default boolean acceptsReuse(UUID scanId, UUID earlierScanId) {
        return true;
    }
}
