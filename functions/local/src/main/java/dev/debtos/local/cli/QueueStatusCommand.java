package dev.debtos.local.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.queue.QueueStatus;
import dev.debtos.platform.queue.SqsScanQueue;
import dev.debtos.platform.scan.ScanCounts;
import dev.debtos.platform.scan.StuckScans;
import dev.debtos.worker.ops.LeaseReaper;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code debt-os queue-status}: the scan queue's depths (visible, in flight, delayed, DLQ), the scans by status,
 * the stuck ones (what the reaper would re-queue or fail) and the oldest queued scan's age. The guide's
 * {@code queue:status}; see {@link LocalQueueEndpoint} for which queue it reads.
 */
@Command(name = "queue-status", description = "Show the scan queue, its dead-letter queue and the scans waiting in them.")
final class QueueStatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AppConfig config = AppConfig.fromEnvironment();
        QueueStatus queue;
        String where;
        try (LocalQueueEndpoint endpoint = LocalQueueEndpoint.resolve(config)) {
            queue = new SqsScanQueue(endpoint.client(), endpoint.queueUrl(), endpoint.deadLetterQueueUrl()).status();
            where = endpoint.where();
        }
        Map<String, Long> scans;
        long stuck;
        Optional<Duration> oldest;
        try (var dataSource = Database.single(config.database())) {
            ScanCounts counts = new ScanCounts(dataSource);
            scans = counts.byStatus();
            oldest = counts.oldestQueuedAge();
            stuck = new StuckScans(dataSource).count(LeaseReaper.DEFAULT_GRACE);
        }
        System.out.println(json ? json(where, queue, scans, stuck, oldest) : table(where, queue, scans, stuck, oldest));
        return 0;
    }

    private static String json(String where, QueueStatus queue, Map<String, Long> scans, long stuck, Optional<Duration> oldest) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("queue", where);
        root.put("visible", queue.visible());
        root.put("inFlight", queue.inFlight());
        root.put("delayed", queue.delayed());
        root.put("deadLetters", queue.deadLetters());
        ObjectNode byStatus = root.putObject("scans");
        scans.forEach(byStatus::put);
        root.put("stuck", stuck);
        if (oldest.isPresent()) {
            root.put("oldestQueuedSeconds", oldest.get().toSeconds());
        } else {
            root.putNull("oldestQueuedSeconds");
        }
        return root.toString();
    }

    private static String table(String where, QueueStatus queue, Map<String, Long> scans, long stuck, Optional<Duration> oldest) {
        String statuses = scans.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return """
                queue %s
                  visible       %d
                  in flight     %d
                  delayed       %d
                  dead letters  %d
                scans  %s
                  stuck (nobody runs them)  %d
                  oldest queued scan        %s""".formatted(where, queue.visible(), queue.inFlight(), queue.delayed(),
                queue.deadLetters(), statuses, stuck, oldest.map(QueueStatusCommand::age).orElse("none"));
    }

    static String age(Duration age) {
        long s = age.toSeconds();
        return s >= 86_400 ? "%dd %dh".formatted(s / 86_400, s % 86_400 / 3600)
                : s >= 3600 ? "%dh %dm".formatted(s / 3600, s % 3600 / 60)
                : s >= 60 ? "%dm %ds".formatted(s / 60, s % 60) : s + "s";
    }
}
