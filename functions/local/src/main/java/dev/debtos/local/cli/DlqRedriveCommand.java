package dev.debtos.local.cli;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.embeddings.EmbeddingBatchStore;
import dev.debtos.platform.queue.DeadLetterRedrive;
import dev.debtos.platform.queue.EmbeddingBatchMessage;
import dev.debtos.platform.queue.MalformedMessageException;
import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.scan.FailedScans;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code debt-os dlq-redrive}: moves dead letters back to the scan queue, resetting their failed scans to queued
 * (attempts from zero) so the worker runs them again. A scan that is not failed is left as it is (the worker
 * acknowledges its message), as is one whose commit another active scan covers. With {@code --queue embeddings}
 * it moves the embedding queue's dead letters back instead: a batch still pending is embedded again, a dropped one
 * is acknowledged by the embedding worker (a rescan queues its files again). {@code --dry-run} lists only.
 */
@Command(name = "dlq-redrive", description = "Move dead-lettered messages back to their queue (scans: re-queue their failed scans).")
final class DlqRedriveCommand implements Callable<Integer> {

    /** Which queue's dead letters move. */
    enum Target { scans, embeddings }

    @Option(names = "--queue", defaultValue = "scans", paramLabel = "QUEUE",
            description = "scans or embeddings (default ${DEFAULT-VALUE}).")
    Target queue;

    @Option(names = "--max", defaultValue = "100", paramLabel = "N", description = "At most N messages (default ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--dry-run", description = "Show what would move; move nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        if (max < 1 || max > 10_000) {
            throw new CommandFailure("--max must be between 1 and 10000", OneLineErrors.BAD_INPUT);
        }
        AppConfig config = AppConfig.fromEnvironment();
        if (queue == Target.embeddings) {
            return redriveEmbeddings(config);
        }
        Map<FailedScans.Requeue, Integer> outcomes = new EnumMap<>(FailedScans.Requeue.class);
        List<String> bodies;
        try (LocalQueueEndpoint endpoint = LocalQueueEndpoint.resolve(config);
             var dataSource = Database.single(config.database())) {
            FailedScans failed = new FailedScans(dataSource);
            bodies = new DeadLetterRedrive(endpoint.client(), endpoint.queueUrl(), endpoint.deadLetterQueueUrl())
                    .redrive(max, dryRun, body -> {
                        try {
                            outcomes.merge(failed.requeue(ScanMessage.fromJson(body).scanId()), 1, Integer::sum);
                        } catch (MalformedMessageException e) {
                            // moved like the rest: the worker acknowledges and logs a malformed message
                        }
                    });
        }
        if (dryRun) {
            System.out.printf("dry run: %d dead letter(s) would move back to the scan queue%n", bodies.size());
            bodies.forEach(body -> System.out.println("  " + body));
        } else {
            System.out.printf("moved %d dead letter(s) back to the scan queue: %d scan(s) re-queued, %d not failed, "
                            + "%d left failed (another scan of the same commit is active)%n", bodies.size(),
                    outcomes.getOrDefault(FailedScans.Requeue.REQUEUED, 0), outcomes.getOrDefault(FailedScans.Requeue.NOT_FAILED, 0),
                    outcomes.getOrDefault(FailedScans.Requeue.DUPLICATE_ACTIVE, 0));
        }
        return 0;
    }

    private int redriveEmbeddings(AppConfig config) throws Exception {
        int[] pending = {0};
        List<String> bodies;
        try (LocalQueueEndpoint endpoint = LocalQueueEndpoint.resolve(config);
             var dataSource = Database.single(config.database())) {
            LocalQueueEndpoint.Queue embeddings = endpoint.embeddings().orElseThrow(() -> new CommandFailure(
                    "no embedding queue (set EMBED_QUEUE_URL)", OneLineErrors.BAD_INPUT));
            EmbeddingBatchStore batches = new EmbeddingBatchStore(dataSource);
            bodies = new DeadLetterRedrive(endpoint.client(), embeddings.url(), embeddings.deadLetterUrl())
                    .redrive(max, dryRun, body -> {
                        try {
                            if (batches.pending(EmbeddingBatchMessage.fromJson(body).batchId()).isPresent()) {
                                pending[0]++;
                            }
                        } catch (MalformedMessageException e) {
                            // moved like the rest: the embedding worker acknowledges and logs a malformed message
                        }
                    });
        }
        if (dryRun) {
            System.out.printf("dry run: %d dead letter(s) would move back to the embedding queue%n", bodies.size());
            bodies.forEach(body -> System.out.println("  " + body));
        } else {
            System.out.printf("moved %d dead letter(s) back to the embedding queue: %d batch(es) still pending are "
                    + "embedded again, %d dropped or done (rescan to embed their files)%n", bodies.size(), pending[0],
                    bodies.size() - pending[0]);
        }
        return 0;
    }
}
