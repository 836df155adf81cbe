package dev.debtos.worker;

import dev.debtos.engine.analysis.AnalysisResult;
import java.util.UUID;

/**
 * Told when a scan this worker ran has committed its results (the CLI writes its reports from the analysis).
 * A scan of the same tree as the scan the ledger reflects takes that scan's results instead of analysing: there is
 * no analysis then, so a listener that needs one can refuse the reuse.
 */
public interface ScanListener {
    ScanListener NONE = (scanId, result) -> { };

    /** The scan's results, including {@code result}, are committed. */
    void analysed(UUID scanId, AnalysisResult result);

    /** The scan's results, those of {@code earlierScanId}, are committed; no analysis ran. */
    default void reused(UUID scanId, UUID earlierScanId) {
    }

    /** Whether {@code scanId} may take the results of {@code earlierScanId} instead of analysing its tree. */
    default boolean acceptsReuse(UUID scanId, UUID earlierScanId) {
        return true;
    }
}
