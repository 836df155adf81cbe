package dev.debtos.worker.embed;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.debtos.embedding.EmbeddingModels;
import dev.debtos.platform.queue.EmbeddingBatchMessage;
import dev.debtos.platform.queue.MalformedMessageException;
import dev.debtos.platform.queue.ScanQueueProvisioner;
import dev.debtos.worker.SqsBatchHandler;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The embedding worker Lambda: SQS batch in, partial batch failure out. Per record: parse the
 * {@link EmbeddingBatchMessage} (a malformed body is logged and acknowledged), run the {@link EmbeddingBatchRunner},
 * and report the records to retry. On the last allowed receive
 * ({@link ScanQueueProvisioner#EMBEDDING_MAX_RECEIVE_COUNT}) a failing batch is dropped with its reason before the
 * message goes to the dead-letter queue.
 */
public final class EmbeddingBatchHandler extends SqsBatchHandler {
    private static final Logger LOG = LogManager.getLogger(EmbeddingBatchHandler.class);

    private final Supplier<EmbeddingBatchRunner> runner;

    /**
     * For the Lambda runtime: the in-process model is loaded now, during init, so a SnapStart snapshot holds it;
     * configuration is read and the database opened on the first message.
     */
    public EmbeddingBatchHandler() {
        this(EmbeddingStages.lazyRunner());
        EmbeddingModels.preload(System::getenv).ifPresent(model -> LOG.info("Embedding model {} loaded during init", model));
    }

    public EmbeddingBatchHandler(EmbeddingBatchRunner runner) {
        this(() -> runner);
    }

    EmbeddingBatchHandler(Supplier<EmbeddingBatchRunner> runner) {
        this.runner = runner;
    }

    @Override
    protected boolean handle(SQSEvent.SQSMessage message) {
        EmbeddingBatchMessage batch;
        try {
            batch = EmbeddingBatchMessage.fromJson(message.getBody());
        } catch (MalformedMessageException e) {
            LOG.warn("Malformed embedding message {} acknowledged: {}", message.getMessageId(), e.getMessage());
            return true;
        }
        try {
            var outcome = runner.get().run(batch.batchId());
            LOG.debug("Embedding batch {}: {}", batch.batchId(), outcome);
            return true;
        } catch (Exception e) {
            int receives = receiveCount(message);
            LOG.warn("Embedding batch {} failed on receive {}: {}", batch.batchId(), receives, e.getClass().getSimpleName());
            if (receives >= ScanQueueProvisioner.EMBEDDING_MAX_RECEIVE_COUNT) {
                try {
                    runner.get().giveUp(batch.batchId(), receives, e);
                } catch (Exception dropFailed) {
                    LOG.warn("Embedding batch {} not marked dropped: {}", batch.batchId(), dropFailed.getClass().getSimpleName());
                }
            }
            return false;
        }
    }
}
