package dev.debtos.worker;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.debtos.embedding.EmbeddingModels;
import dev.debtos.platform.queue.MalformedMessageException;
import dev.debtos.platform.queue.ScanMessage;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The scan worker Lambda: SQS batch in, partial batch failure out. Per record: parse the {@link ScanMessage}
 * (a malformed body is logged and acknowledged: no retry can fix it), run the {@link ScanPipeline}, and report the
 * records whose scan must be retried in {@code batchItemFailures}; everything else is acknowledged.
 */
public final class ScanWorkerHandler extends SqsBatchHandler {
    private static final Logger LOG = LogManager.getLogger(ScanWorkerHandler.class);

    private final Supplier<ScanPipeline> pipeline;

    /**
     * For the Lambda runtime: configuration is read and the database opened on the first message (SnapStart-safe);
     * the in-process embedding model is loaded now, during init, so a SnapStart snapshot holds it.
     */
    public ScanWorkerHandler() {
        this(WorkerWiring.lazyPipeline());
        EmbeddingModels.preload(System::getenv).ifPresent(model -> LOG.info("Embedding model {} loaded during init", model));
    }

    public ScanWorkerHandler(ScanPipeline pipeline) {
        this(() -> pipeline);
    }

    ScanWorkerHandler(Supplier<ScanPipeline> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    protected boolean handle(SQSEvent.SQSMessage message) {
        ScanMessage scan;
        try {
            scan = ScanMessage.fromJson(message.getBody());
        } catch (MalformedMessageException e) {
            LOG.warn("Malformed scan message {} acknowledged: {}", message.getMessageId(), e.getMessage());
            return true;
        }
        try {
            ScanOutcome outcome = pipeline.get().run(scan.scanId(), receiveCount(message), message.getReceiptHandle());
            LOG.debug("Scan message {}: {}", message.getMessageId(), outcome);
            return true;
        } catch (Exception e) {
            LOG.warn("Scan message {} will be retried: {}", message.getMessageId(), e.getClass().getSimpleName());
            return false;
        }
    }
}
