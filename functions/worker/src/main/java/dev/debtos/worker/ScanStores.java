package dev.debtos.worker;

import dev.debtos.platform.embeddings.EmbeddingProgress;
import dev.debtos.platform.embeddings.FeedbackMemory;
import dev.debtos.platform.ledger.CommitFindings;
import dev.debtos.platform.scan.MeasurementStore;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.ScanResultStore;
import dev.debtos.platform.scan.ScanStore;
import javax.sql.DataSource;

/**
 * The platform stores a scan reads and writes (and, after committing, the feedback memory it applies and its
 * embedding batches' progress, which the commit wrote over).
 */
public record ScanStores(ScanStore scans, RepositoryStore repositories, ScanResultStore results,
                         MeasurementStore measurements, CommitFindings commitFindings, FeedbackMemory feedbackMemory,
                         EmbeddingProgress embeddingProgress) {

    /** @param dataSource two connections at least: the lease heartbeat writes from its own thread while the scan holds one */
    public static ScanStores of(DataSource dataSource) {
        return new ScanStores(new ScanStore(dataSource), new RepositoryStore(dataSource), new ScanResultStore(dataSource),
                new MeasurementStore(dataSource), new CommitFindings(dataSource), new FeedbackMemory(dataSource),
                new EmbeddingProgress(dataSource));
    }
}
