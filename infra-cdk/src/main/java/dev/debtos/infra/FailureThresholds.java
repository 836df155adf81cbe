package dev.debtos.infra;

import java.util.Map;

import dev.debtos.infra.GuideThresholds.Threshold;

/**
 * Failure alarms beyond the guide's table, in one place with the reason for each number ({@link FailureAlarms} turns
 * them into alarms; the infra README lists them). Unless said otherwise an alarm fires when the metric is greater than
 * the value in every evaluation period; the "below" ones fire when it is lower.
 */
public final class FailureThresholds {

    /**
     * Lambda {@code Errors} (Sum) of the API functions together, over 5 minutes. A handled failure is a problem+json
     * 5xx (the 5xx-rate alarm); a Lambda error is a crash, a timeout or an init failure. A few in five minutes is a
     * bad deploy or an unreachable dependency, not noise.
     */
    public static final Threshold API_FUNCTION_ERRORS = new Threshold(5, 300, 1);

    /** Lambda {@code Throttles} (Sum) of the API functions: any throttle is a request refused for concurrency. */
    public static final Threshold API_FUNCTION_THROTTLES = new Threshold(0, 300, 1);

    /**
     * The scan worker's {@code Errors + Throttles} (Sum). The handler reports a failed scan in
     * {@code batchItemFailures} instead of throwing, so an error is a crash or a 15-minute timeout; throttles cannot
     * happen while reserved concurrency equals the event source's maximum, so one means the two drifted apart.
     */
    public static final Threshold WORKER_FAILURES = new Threshold(0, 300, 1);

    /**
     * Each scheduled job's {@code Errors + Throttles} (Sum). Each run matters (a failing lease reaper leaves scans
     * stuck), and EventBridge's two retries are already behind a failure.
     */
    public static final Threshold JOB_FAILURES = new Threshold(0, 300, 1);

    /** Scheduled runs EventBridge could not deliver, in the jobs' dead-letter queue (Maximum visible). */
    public static final Threshold JOB_DEAD_LETTERS = new Threshold(0, 60, 1);

    /** RDS {@code CPUUtilization} (Average) above 80% for 15 minutes: sustained, not a vacuum or a burst. */
    public static final Threshold DATABASE_CPU_PERCENT = new Threshold(80, 300, 3);

    /**
     * RDS {@code FreeStorageSpace} (Minimum) below 2 GiB, a tenth of the 20 GB allocated: storage autoscaling grows the
     * volume at 10% free, so reaching this means autoscaling hit its 100 GB cap or its 6-hour cool-down.
     */
    public static final long DATABASE_FREE_STORAGE_BYTES = 2L * 1024 * 1024 * 1024;
    public static final Threshold DATABASE_FREE_STORAGE = new Threshold(DATABASE_FREE_STORAGE_BYTES, 300, 1);

    /** RDS {@code FreeableMemory} (Minimum) below a tenth of the instance's memory for 15 minutes: swapping is near. */
    public static final int DATABASE_FREE_MEMORY_PERCENT = 10;

    /**
     * RDS Proxy connections to the database as a percentage of what it may open ({@code DatabaseConnections /
     * MaxDatabaseConnectionsAllowed}, Maximum) above 90% for 5 minutes: clients start waiting for a connection.
     */
    public static final Threshold PROXY_SATURATION_PERCENT = new Threshold(90, 60, 5);

    /** Cache {@code ElastiCacheProcessingUnits} (Sum per minute) above 80% of the ECPU cap for 5 minutes. */
    public static final int CACHE_CAP_PERCENT = 80;
    private static final int CACHE_PERIOD_SECONDS = 60;
    private static final int CACHE_EVALUATION_PERIODS = 5;

    /**
     * The 5xx-rate alarm's minimum traffic: below 100 requests in its 5 minutes the rate counts as 0, so two failed
     * requests out of a hundred at night page nobody (the function-error alarm still sees crashes).
     */
    public static final int API_5XX_MINIMUM_REQUESTS = 100;

    /** Memory of the RDS instance classes the environments use, in GiB (AWS's published sizes). */
    private static final Map<String, Integer> INSTANCE_MEMORY_GIB = Map.of(
            "t4g.micro", 1, "t4g.small", 2, "t4g.medium", 4, "t4g.large", 8,
            "m7g.large", 8, "m7g.xlarge", 16, "r7g.large", 16, "r7g.xlarge", 32);

    private FailureThresholds() {
    }

    /** 10% of the instance class's memory, in bytes, held for 15 minutes. */
    public static Threshold databaseFreeMemory(String instanceType) {
        Integer gib = INSTANCE_MEMORY_GIB.get(instanceType);
        if (gib == null) {
            throw new IllegalArgumentException("no memory size known for instance class " + instanceType
                    + ": add it to FailureThresholds");
        }
        return new Threshold(gib * 1024.0 * 1024 * 1024 * DATABASE_FREE_MEMORY_PERCENT / 100, 300, 3);
    }

    /** 80% of the cap of ECPUs per second, as a per-minute sum. */
    public static Threshold cacheEcpu(int maxEcpuPerSecond) {
        return new Threshold(maxEcpuPerSecond * CACHE_PERIOD_SECONDS * CACHE_CAP_PERCENT / 100.0, CACHE_PERIOD_SECONDS,
                CACHE_EVALUATION_PERIODS);
    }

    /** 80% of the data storage cap, in bytes. */
    public static Threshold cacheStorage(int maxDataStorageGb) {
        return new Threshold(maxDataStorageGb * 1e9 * CACHE_CAP_PERCENT / 100, CACHE_PERIOD_SECONDS, CACHE_EVALUATION_PERIODS);
    }
}
