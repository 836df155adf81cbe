package dev.debtos.local.cli;

import dev.debtos.local.server.LocalRuntime;
import dev.debtos.local.web.DashboardSite;
import dev.debtos.platform.config.AppConfig;
import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code debt-os serve}: the API on PORT (default 3001) as API Gateway proxy events for the same functions the
 * Lambdas run, the web dashboard at {@code /}, the embedded scan queue on SQS_PORT (default 9324, ElasticMQ's usual port, so the queue commands can
 * reach it), its worker, and every minute the lease reaper and the scheduled scans. Ready when {@code /api/health} answers; SIGTERM or Ctrl-C stops it cleanly (shutdown hook).
 */
@Command(name = "serve", description = "Run the API and the dashboard locally on PORT (default 3001); stops on SIGTERM / Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AppConfig config = AppConfig.fromEnvironment();
        LocalRuntime runtime;
        try {
            runtime = LocalRuntime.start(config, dev.debtos.api.ApiDependencies.REDIS_KEY_PREFIX, host, config.port(),
                    LocalQueueEndpoint.sqsPort());
        } catch (BindException e) {
            throw new CommandFailure("port " + config.port() + " on " + host + " is in use (set PORT)", OneLineErrors.FAILURE);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            RunningServe.withdraw();
            runtime.close();
            System.err.println("debt-os: API stopped");
            stopped.countDown();
        }, "debt-os-serve-shutdown"));
        System.err.printf("debt-os: API listening on http://%s:%d/api (ready: GET /api/health)%n", host, runtime.port());
        System.err.printf("debt-os: dashboard on http://%s:%d/%s%n", host, runtime.port(),
                DashboardSite.fromClasspath().built() ? "" : " (not built: run scripts/setup)");
        // the queue's real port (SQS_PORT=0 picks a free one), told to queue-status and dlq-redrive through a file
        var queue = runtime.queueEndpoint().orElseThrow();
        RunningServe.announce(queue.getPort());
        System.err.printf("debt-os: scan queue (ElasticMQ) on %s (queue-status and dlq-redrive find it)%n", queue);
        stopped.await();
        return 0;
    }
}
