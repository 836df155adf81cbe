package dev.debtos.local.cli;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.queue.DeadLetterRedrive;
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
 * acknowledges its message), as is one whose commit another active scan covers. {@code --dry-run} lists only.
 */
@Command(name = "dlq-redrive", description = "Move dead-lettered scan messages back to the scan queue and re-queue their scans.")
final class DlqRedriveCommand implements Callable<Integer> {

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
}
