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
 * {@code debt-os queue-status}: the scan queue's and the embedding queue's depths (visible, in flight, delayed, DLQ),
 * the scans by status, the stuck ones (what the reaper would re-queue or fail) and the oldest queued scan's age. The
 * guide's {@code queue:status}; see {@link LocalQueueEndpoint} for which queues it reads.
 */
@Command(name = "queue-status", description = "Show the scan and embedding queues, their dead-letter queues and the scans waiting in them.")
final class QueueStatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AppConfig config = AppConfig.fromEnvironment();
        QueueStatus queue;
        Optional<QueueStatus> embeddings;
        String where;
        try (LocalQueueEndpoint endpoint = LocalQueueEndpoint.resolve(config)) {
            queue = new SqsScanQueue(endpoint.client(), endpoint.queueUrl(), endpoint.deadLetterQueueUrl()).status();
            embeddings = endpoint.embeddings()
                    .map(q -> new SqsScanQueue(endpoint.client(), q.url(), q.deadLetterUrl()).status());
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
        System.out.println(json ? json(where, queue, embeddings, scans, stuck, oldest)
                : table(where, queue, embeddings, scans, stuck, oldest));
        return 0;
    }

    private static String json(String where, QueueStatus queue, Optional<QueueStatus> embeddings, Map<String, Long> scans,
                               long stuck, Optional<Duration> oldest) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("queue", where);
        depths(root, queue);
        if (embeddings.isPresent()) {
            depths(root.putObject("embeddings"), embeddings.get());
        } else {
            root.putNull("embeddings");
        }
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

    private static void depths(ObjectNode node, QueueStatus queue) {
        node.put("visible", queue.visible());
        node.put("inFlight", queue.inFlight());
        node.put("delayed", queue.delayed());
        node.put("deadLetters", queue.deadLetters());
    }

    private static String table(String where, QueueStatus queue, Optional<QueueStatus> embeddings, Map<String, Long> scans,
                                long stuck, Optional<Duration> oldest) {
        String statuses = scans.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String embedding = embeddings.map(e -> """
                embedding queue
                  visible       %d
                  in flight     %d
                  delayed       %d
                  dead letters  %d
                """.formatted(e.visible(), e.inFlight(), e.delayed(), e.deadLetters()))
                .orElse("embedding queue  none (EMBED_QUEUE_URL not set: scans embed in their own run)\n");
        return """
                queue %s
                  visible       %d
                  in flight     %d
                  delayed       %d
                  dead letters  %d
                %sscans  %s
                  stuck (nobody runs them)  %d
                  oldest queued scan        %s""".formatted(where, queue.visible(), queue.inFlight(), queue.delayed(),
                queue.deadLetters(), embedding, statuses, stuck, oldest.map(QueueStatusCommand::age).orElse("none"));
    }

    static String age(Duration age) {
        long s = age.toSeconds();
        return s >= 86_400 ? "%dd %dh".formatted(s / 86_400, s % 86_400 / 3600)
                : s >= 3600 ? "%dh %dm".formatted(s / 3600, s % 3600 / 60)
                : s >= 60 ? "%dm %ds".formatted(s / 60, s % 60) : s + "s";
    }
}
