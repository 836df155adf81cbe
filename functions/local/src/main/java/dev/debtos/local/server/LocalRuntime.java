package dev.debtos.local.server;

import dev.debtos.api.ApiDependencies;
import dev.debtos.api.ApiFunctions;
import dev.debtos.local.queue.LocalScanQueue;
import dev.debtos.local.web.DashboardSite;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.worker.LeaseTerms;
import dev.debtos.worker.ScanPorts;
import dev.debtos.worker.WorkerWiring;
import dev.debtos.worker.embed.EmbeddingStages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The embedded local profile: the same functions the Lambdas run (built from {@link AppConfig}, clients
 * connecting lazily) behind {@link LocalApiServer} through the route-table router, plus, when started with
 * {@link #start(AppConfig, String, String, int)}, an in-process SQS (ElasticMQ) and a poller feeding the worker
 * handler, as API Gateway, SQS and the worker Lambda do in AWS. Closing it stops the server first, then the worker
 * and the queue, then the database and Redis clients.
 */
public final class LocalRuntime implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(LocalRuntime.class);
    private static final Duration WORKER_LEASE = dev.debtos.worker.LeaseTerms.DEPLOYED;
    /** API connections: enough for the bench's 50 clients to queue briefly rather than crowd PostgreSQL. */
    private static final int API_POOL_SIZE = 10;
    /**
     * API connections opened before the server answers and kept open while idle: the dashboard's repository overview
     * asks for five documents at once (who am I, the repository, summary, trend, hotspots).
     */
    static final int PRIMED_CONNECTIONS = 5;
    /** The longest a start waits for priming; a database or Redis that does not answer must not hold the API back. */
    private static final Duration PRIMING_BUDGET = Duration.ofSeconds(10);

    private final ApiDependencies dependencies;
    private final LocalApiServer server;
    private final List<AutoCloseable> closeAfterServer;
    private final CompletableFuture<LocalScanQueue> queue;

    private LocalRuntime(ApiDependencies dependencies, LocalApiServer server, List<AutoCloseable> closeAfterServer,
                         CompletableFuture<LocalScanQueue> queue) {
        this.queue = queue;
        this.dependencies = dependencies;
        this.server = server;
        this.closeAfterServer = closeAfterServer;
    }

    public static LocalRuntime start(AppConfig config, String host, int port) throws IOException {
        return start(config, ApiDependencies.REDIS_KEY_PREFIX, host, port);
    }

    /**
     * API, embedded queue and worker, with the Redis keys under {@code redisKeyPrefix} (tests: one of their own).
     * ElasticMQ takes seconds to start on a busy machine, so it starts beside the HTTP server: the API is ready
     * at once and the first scan request waits for the queue.
     */
    public static LocalRuntime start(AppConfig config, String redisKeyPrefix, String host, int port) throws IOException {
        return start(config, redisKeyPrefix, host, port, 0);
    }

    /**
     * As above, with ElasticMQ on {@code sqsPort} (0: any free port) so {@code debt-os queue-status} and
     * {@code dlq-redrive} can reach it, and the {@link LocalScheduler} (reaper and scheduled scans) every minute.
     */
    public static LocalRuntime start(AppConfig config, String redisKeyPrefix, String host, int port, int sqsPort)
            throws IOException {
        // the worker, its lease heartbeat, the embedding worker, and the scheduler (which holds its lock on one connection)
        var workerData = Database.pooled(config.database(), 5);
        // PR scans: the same checkout as branch scans, the owner's OAuth token for comments and statuses
        // the scan's embedding batches go to the embedded queue's embedding worker, as they go to their Lambda in AWS
        CompletableFuture<LocalScanQueue> started = new CompletableFuture<>();
        ScanPorts ports = WorkerWiring.ports(config, workerData, new LeaseTerms("local-worker-" + UUID.randomUUID(), WORKER_LEASE),
                batchId -> started.join().sendBatch(batchId));
        var embeddingRunner = EmbeddingStages.runner(config, workerData);
        CompletableFuture<LocalScanQueue> queue = CompletableFuture.supplyAsync(() -> {
            LocalScanQueue local = LocalScanQueue.start(sqsPort);
            embeddingRunner.ifPresent(local::withEmbeddingWorker);
            return local.withWorker(ports);
        }, runnable -> Thread.ofPlatform().name("local-queue-start").daemon().start(runnable));
        queue.whenComplete((local, failure) -> {
            if (failure != null) {
                started.completeExceptionally(failure);
            } else {
                started.complete(local);
            }
        });
        LocalScheduler scheduler = new LocalScheduler(workerData, () -> queue.join().queue()).start(LocalScheduler.PERIOD);
        // the scheduler and the worker stop before the queue, and the queue before its connections close; a queue still
        // starting (ElasticMQ can take long on a busy machine) is closed as soon as it is up, without holding up the rest
        List<AutoCloseable> resources = List.of(scheduler, () -> closeWhenStarted(queue), workerData);
        try {
            // A pool, not the Lambda's single connection: this server answers concurrent requests in one process.
            ApiDependencies dependencies = ApiDependencies.pooled(config, redisKeyPrefix, () -> queue.join().queue(),
                    API_POOL_SIZE, PRIMED_CONNECTIONS);
            return start(dependencies, PRIMED_CONNECTIONS, host, port, resources, queue);
        } catch (IOException | RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    /**
     * Only the API, with dependencies built by the caller (tests: a Redis key prefix of their own), primed over one
     * connection (the caller's data source may hold no more).
     */
    public static LocalRuntime start(ApiDependencies dependencies, String host, int port) throws IOException {
        return start(dependencies, 1, host, port, List.of(), null);
    }

    /**
     * Primes the API and the dashboard's files ({@link ApiFunctions#prime}, {@link DashboardSite#preload}), then
     * binds: {@code /api/health} answers only once the first page of the dashboard would find the process warm.
     */
    private static LocalRuntime start(ApiDependencies dependencies, int primedConnections, String host, int port,
                                      List<AutoCloseable> resources, CompletableFuture<LocalScanQueue> queue) throws IOException {
        try {
            ApiFunctions functions = new ApiFunctions(dependencies);
            DashboardSite site = DashboardSite.fromClasspath();
            prime(functions, site, primedConnections);
            LocalApiServer server = LocalApiServer.start(new InetSocketAddress(host, port), functions.function(ApiFunctions.ROUTER),
                    site);
            return new LocalRuntime(dependencies, server, List.copyOf(resources), queue);
        } catch (IOException | RuntimeException e) {
            dependencies.close();
            throw e;
        }
    }

    /** Both primings side by side, waiting at most {@link #PRIMING_BUDGET}; what is left finishes in the background. */
    private static void prime(ApiFunctions functions, DashboardSite site, int connections) {
        var api = CompletableFuture.runAsync(() -> functions.prime(connections), runnable -> Thread.ofVirtual().name("api-priming").start(runnable));
        var files = CompletableFuture.runAsync(site::preload, runnable -> Thread.ofVirtual().name("site-preload").start(runnable));
        try {
            CompletableFuture.allOf(api, files).get(PRIMING_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("priming takes longer than {} s; answering already, the rest is primed in the background",
                    PRIMING_BUDGET.toSeconds());
        } catch (ExecutionException e) {
            LOG.warn("priming failed ({}); the first requests will be slower", e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return server.port();
    }

    /** The embedded queue's address (its real port when started on port 0), once it is up; empty without one. */
    public java.util.Optional<java.net.URI> queueEndpoint() {
        return java.util.Optional.ofNullable(queue).map(started -> started.join().endpoint());
    }

    public ApiDependencies dependencies() {
        return dependencies;
    }

    @Override
    public void close() {
        server.close();
        closeAll(closeAfterServer);
        dependencies.close();
    }

    private static void closeWhenStarted(CompletableFuture<LocalScanQueue> queue) {
        if (queue.isDone()) {
            queue.join().close();
        } else {
            queue.thenAccept(LocalScanQueue::close);
        }
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // shutting down: keep closing the rest
            }
        }
    }
}
