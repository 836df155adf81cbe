package dev.debtos.worker;

import dev.debtos.platform.auth.OAuthTokens;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.crypto.SecretBox;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.lifecycle.OnFirstUse;
import dev.debtos.platform.queue.SqsScanQueue;
import dev.debtos.worker.checkout.CloneCredentials;
import dev.debtos.worker.checkout.HostResolver;
import dev.debtos.worker.checkout.WorkspacePreparer;
import dev.debtos.worker.embed.EmbeddingDispatch.BatchSender;
import dev.debtos.worker.embed.EmbeddingStages;
import dev.debtos.worker.llm.LlmReview;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Builds the Lambda's pipeline from the environment, once, on first use (nothing is opened during init). */
public final class WorkerWiring {
    /** The heartbeat extends it every lease/3 while the scan runs, whatever the stage. */
    static final Duration LEASE = LeaseTerms.DEPLOYED;

    private WorkerWiring() {
    }

    /**
     * Clones under REPO_STORAGE_PATH with the configured hosts and caps, private repositories with their owner's OAuth
     * token (when a data encryption key is configured to decrypt it).
     */
    public static WorkspacePreparer workspaces(AppConfig config, DataSource dataSource) {
        CloneCredentials credentials = config.dataEncryptionKey()
                .map(key -> CloneCredentials.ownersOAuthToken(new OAuthTokens(dataSource, new SecretBox(key))))
                .orElse(CloneCredentials.NONE);
        return new WorkspacePreparer(config.cloning(), config.profile(), config.repoStoragePath(), HostResolver.SYSTEM,
                credentials);
    }

    /**
     * The deployed scan ports (Lambda and local runtime): the engine with the LLM review (when a provider is
     * configured) and the embed stage, checkouts from {@link #workspaces}, and PR scans
     * with the owner's OAuth token for their provider feedback. No visibility extension: the caller adds its queue's.
     */
    public static ScanPorts ports(AppConfig config, DataSource dataSource, LeaseTerms lease) {
        return ports(config, dataSource, lease, analyzer(config, dataSource));
    }

    /** As above with the embedding batches sent to {@code embeddingQueue} (the local runtime's embedded queue). */
    public static ScanPorts ports(AppConfig config, DataSource dataSource, LeaseTerms lease, BatchSender embeddingQueue) {
        return ports(config, dataSource, lease, analyzer(config, dataSource, java.util.Optional.of(embeddingQueue)));
    }

    private static ScanPorts ports(AppConfig config, DataSource dataSource, LeaseTerms lease, ScanAnalyzer analyzer) {
        WorkspacePreparer workspaces = workspaces(config, dataSource);
        return ScanPorts.of(dataSource, workspaces, analyzer, lease)
                .withPullRequests(PullRequestPorts.configured(config, dataSource, workspaces));
    }

    /**
     * The engine with the scan's own stages: the LLM review first (its findings are scored), then embedding, then the
     * repository settings' suppressions for the score stage; each scan reads its repository's include, exclude and
     * thresholds settings.
     */
    public static ScanAnalyzer analyzer(AppConfig config, DataSource dataSource) {
        return analyzer(EmbeddingStages.configured(config, dataSource), config, dataSource);
    }

    /** As above with the embedding batches sent to {@code embeddingQueue}, or embedded in the scan's run without one. */
    public static ScanAnalyzer analyzer(AppConfig config, DataSource dataSource,
                                        java.util.Optional<BatchSender> embeddingQueue) {
        return analyzer(EmbeddingStages.configured(config, dataSource, embeddingQueue), config, dataSource);
    }

    private static ScanAnalyzer analyzer(ScanAnalyzer.CallerStages embedding, AppConfig config, DataSource dataSource) {
        LlmReview.SettingsSource settings = new dev.debtos.platform.scan.RepositoryStore(dataSource)::settingsJson;
        return ScanAnalyzer.engine(LlmReview.configured(config.llm(), dataSource)
                .then(embedding)
                .then(SettingsIgnoreStage.of(settings)), new RepositoryAnalysisOptions(settings));
    }

    static Supplier<ScanPipeline> lazyPipeline() {
        return OnFirstUse.of(() -> {
            AppConfig config = AppConfig.fromEnvironment();
            // created on the first message, not at init: a SnapStart restore must not share it
            LeaseTerms lease = new LeaseTerms("worker-" + UUID.randomUUID(), LEASE);
            // two connections: the lease heartbeat writes from its own thread while the scan holds one
            DataSource dataSource = Database.pooled(config.database(), 2);
            return new ScanPipeline(ports(config, dataSource, lease).withVisibility(visibility(config)));
        });
    }

    /** The configured scan queue (SCAN_QUEUE_URL) for visibility extensions, or none when it is not set. */
    private static MessageVisibility visibility(AppConfig config) {
        return config.queue().scanQueueUrl().isPresent()
                ? SqsScanQueue.fromSettings(config.queue())::changeVisibility
                : MessageVisibility.NONE;
    }
}
