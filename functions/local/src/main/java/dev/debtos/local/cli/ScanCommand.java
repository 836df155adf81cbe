package dev.debtos.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.local.queue.LocalScanQueue;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.embeddings.EmbeddingProgress;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.repos.LocalGitHead;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.LeaseTerms;
import dev.debtos.worker.ScanAnalyzer;
import dev.debtos.worker.ScanPorts;
import dev.debtos.worker.WorkerWiring;
import dev.debtos.worker.embed.EmbeddingBatchRunner;
import dev.debtos.worker.embed.EmbeddingStages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code debt-os scan <dir>}: the full scan on the embedded local profile. Migrates the database when needed,
 * registers the directory as a local repository, queues a scan on an in-process SQS (ElasticMQ), lets a poller feed
 * the queue to the same worker handler the Lambda runs, shows the stages, then prints the ledger summary and writes
 * the reports to {@code <dir>/.debt-os/}. The scan's embedding batches go to the embedded queue's embedding worker;
 * the command waits for them after the scan completes (the queue lives only as long as the command), showing them as
 * stage {@code embed}.
 */
@Command(name = "scan", description = "Scan a directory through the queue and the worker into the debt ledger (local profile).")
final class ScanCommand implements Callable<Integer> {
    private static final Duration LEASE = dev.debtos.worker.LeaseTerms.DEPLOYED;
    private static final Duration POLL = Duration.ofMillis(200);

    @Parameters(index = "0", paramLabel = "<dir>", description = "The directory (a git working tree gets history analysis).")
    Path directory;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(directory)) {
            throw new CommandFailure("not a directory: " + directory, OneLineErrors.BAD_INPUT);
        }
        AppConfig config = AppConfig.fromEnvironment();
        if (config.profile() != Profile.LOCAL) {
            throw new CommandFailure("scan <dir> runs on the local profile only (DEBT_OS_PROFILE=local)", OneLineErrors.BAD_INPUT);
        }
        Path root = directory.toRealPath();
        // ElasticMQ and the analyzer (its embedding model) take seconds to start: both start while the database is
        // migrated and the repository registered, and the scan is requested once its worker is up
        CompletableFuture<LocalScanQueue> queueStart = CompletableFuture.supplyAsync(() -> LocalScanQueue.start(0));
        boolean queueTaken = false;
        try (var dataSource = Database.pooled(config.database(), 5)) {
            // One owner per machine: a scan a killed run of this command left leased is taken over at once.
            LeaseTerms lease = new LeaseTerms("debt-os-cli@" + hostName(), LEASE);
            // the configured REPO_STORAGE_PATH and CLONE_* caps, as the local runtime's worker uses them
            CompletableFuture<ScanPorts> portsStart = CompletableFuture.supplyAsync(() -> ScanPorts.of(dataSource,
                    WorkerWiring.workspaces(config, dataSource), WorkerWiring.analyzer(config, dataSource,
                            Optional.of(batchId -> queueStart.join().sendBatch(batchId))), lease), ScanCommand::startThread);
            CompletableFuture<Optional<EmbeddingBatchRunner>> embeddingStart = CompletableFuture.supplyAsync(
                    () -> EmbeddingStages.runner(config, dataSource), ScanCommand::startThread);
            new Migrations().migrate(dataSource);
            Repository repository = new RepositoryStore(dataSource).localRepository(root);
            Optional<LocalGitHead.Head> head = LocalGitHead.of(root);
            ScanStore scans = new ScanStore(dataSource);
            ScanPorts ports = joined(portsStart);
            Optional<EmbeddingBatchRunner> embedding = joined(embeddingStart);
            LocalScanQueue local = joined(queueStart);
            queueTaken = true;
            try (local) {
                Scan scan = scans.createQueued(repository.id(), "manual", head.map(LocalGitHead.Head::branch).orElse(null),
                        head.map(LocalGitHead.Head::commit).orElse(null));
                System.err.println("scan " + scan.id() + " queued for " + root);
                ScanReports reports = new ScanReports(scan.id(), root);
                local.withWorker(ports.withListener(reports));
                embedding.ifPresent(local::withEmbeddingWorker);
                local.queue().send(new ScanMessage(scan.id()));
                Scan done = awaitFinal(scans, scan.id());
                if (done.status() == ScanStatus.COMPLETED && awaitEmbeddings(new EmbeddingProgress(dataSource), scan.id())) {
                    done = scans.find(scan.id()).orElse(done);
                }
                return report(done, reports);
            }
        } finally {
            if (!queueTaken) {
                queueStart.handle((queue, failure) -> {
                    if (queue != null) {
                        queue.close();
                    }
                    return null;
                }).join();
            }
        }
    }

    /** Runs a start-up task on a thread of its own (the common pool has one thread on two cores). */
    private static void startThread(Runnable task) {
        Thread.ofPlatform().name("scan-start").daemon().start(task);
    }

    /** The value of a start-up task; its failure as it was thrown (a configuration error stays a one-line error). */
    private static <T> T joined(CompletableFuture<T> start) throws Exception {
        try {
            return start.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Scan awaitFinal(ScanStore scans, UUID scanId) throws Exception {
        ProgressBar progress = ProgressBar.onStderr();
        while (true) {
            Scan now = scans.find(scanId).orElseThrow(() -> new CommandFailure("the scan disappeared", OneLineErrors.FAILURE));
            if (now.isFinal()) {
                progress.finish();
                return now;
            }
            progress.update(now.stage() == null ? now.status().key() : now.stage().key(), now.progress(), 100);
            Thread.sleep(POLL);
        }
    }

    /** Waits for the scan's embedding batches, if it has any; true when it had some. */
    private static boolean awaitEmbeddings(EmbeddingProgress embeddings, UUID scanId) throws Exception {
        EmbeddingProgress.Counts counts = embeddings.counts(scanId);
        if (counts.total() == 0) {
            return false;
        }
        ProgressBar progress = ProgressBar.onStderr();
        while (!counts.finished()) {
            progress.update("embed", counts.done() + counts.dropped(), counts.total());
            Thread.sleep(POLL);
            counts = embeddings.counts(scanId);
        }
        progress.finish();
        return true;
    }

    private static int report(Scan done, ScanReports reports) throws Exception {
        switch (done.status()) {
            case FAILED -> throw new CommandFailure("scan " + done.id() + " failed: " + done.error(), OneLineErrors.FAILURE);
            case CANCELLED -> throw new CommandFailure("scan " + done.id() + " was cancelled", OneLineErrors.FAILURE);
            default -> { }
        }
        JsonNode stats = Json.mapper().readTree(done.stats());
        String written = reports.write(done);
        System.out.println(String.format(Locale.ROOT, """
                scan %s completed: %d files, %d findings in %d ms
                ledger: %d new, %d still open, %d reopened, %d resolved
                debt rating %s (ratio %.1f%%)
                %s
                %s
                %s""",
                done.id(), stats.path("files").asInt(), stats.path("findings").asInt(), stats.path("durationMs").asLong(),
                stats.path("new").asInt(), stats.path("stillOpen").asInt(), stats.path("reopened").asInt(),
                stats.path("resolved").asInt(), stats.path("rating").asText("?"), 100 * stats.path("debtRatio").asDouble(),
                llmLine(stats.path("llm")), embeddingsLine(stats.path("embeddings")), written));
        return 0;
    }

    /** What the LLM review did, in one line. */
    static String llmLine(JsonNode llm) {
        if (llm.isMissingNode()) {
            return "llm: not run";
        }
        if (llm.has("skipped")) {
            return "llm: skipped, " + llm.path("skipped").asText();
        }
        return String.format(Locale.ROOT, "llm: %s %s, %d calls, %d tokens, %d rule findings triaged (%d not actionable),"
                        + " %d files from cache, %d findings kept, %d dropped by validation, %d rejected by the critic,"
                        + " %d folded into rule findings%s",
                llm.path("provider").asText(), llm.path("model").asText(), llm.path("calls").asInt(),
                llm.path("tokens").asLong(), llm.path("triaged").asInt(), llm.path("notActionable").asInt(),
                llm.path("cachedFiles").asInt(), llm.path("findings").asInt(),
                llm.path("dropped").asInt(), llm.path("rejected").asInt(), llm.path("merged").asInt(),
                llm.has("warning") ? " (" + llm.path("warning").asText() + ")" : "");
    }

    /** What the embed stage and its batches did, in one line. */
    static String embeddingsLine(JsonNode embeddings) {
        if (embeddings.isMissingNode()) {
            return "embeddings: not run";
        }
        String line = String.format(Locale.ROOT, "embeddings: %s, %d chunks, %d embedded, %d reused, %d deferred",
                embeddings.path("model").asText(), embeddings.path("chunks").asInt(), embeddings.path("embedded").asInt(),
                embeddings.path("reused").asInt(), embeddings.path("deferred").asInt());
        JsonNode batches = embeddings.path("batches");
        if (batches.isObject()) {
            line += String.format(Locale.ROOT, "; %d batches: %d done, %d pending, %d dropped (%s)", batches.path("total").asInt(),
                    batches.path("done").asInt(), batches.path("pending").asInt(), batches.path("dropped").asInt(),
                    embeddings.path("state").asText()
                            + (embeddings.has("reason") ? ": " + embeddings.path("reason").asText() : ""));
        }
        return line;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
