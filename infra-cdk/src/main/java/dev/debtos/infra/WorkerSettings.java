package dev.debtos.infra;

/**
 * How much scanning runs at once.
 *
 * @param reservedConcurrency scan worker instances reserved, and the cap on them: each holds one database
 *                            connection through the proxy and clones into its own /tmp
 * @param maxConcurrency      SQS event source maximum concurrency (at most the reserved concurrency, so the event
 *                            source never pulls messages that Lambda would then throttle back into the queue)
 * @param batchSize           messages per invocation. 1: a scan may take the whole 15-minute timeout, so two in one
 *                            invocation would share it; partial batch failure is still reported (the handler returns
 *                            failures rather than throwing)
 */
public record WorkerSettings(int reservedConcurrency, int maxConcurrency, int batchSize) {

    public WorkerSettings {
        if (maxConcurrency < 2 || maxConcurrency > 1000) {
            throw new IllegalArgumentException("maxConcurrency must be 2-1000 (SQS event source limits): " + maxConcurrency);
        }
        if (reservedConcurrency < maxConcurrency) {
            throw new IllegalArgumentException("reservedConcurrency must be at least maxConcurrency (" + maxConcurrency + ")");
        }
        if (batchSize < 1 || batchSize > 10) {
            throw new IllegalArgumentException("batchSize must be 1-10: " + batchSize);
        }
    }

    /** dev: 5 scans at a time; prod: 20 (a fifth of the database's 100 connections). */
    public static WorkerSettings forEnvironment(EnvironmentConfig env) {
        return env.retainData() ? new WorkerSettings(20, 20, 1) : new WorkerSettings(5, 5, 1);
    }
}
