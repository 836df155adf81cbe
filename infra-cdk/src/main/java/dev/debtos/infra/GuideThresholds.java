package dev.debtos.infra;

/**
 * The alert thresholds of the operations guide, in one place. Values come from OPERATIONS-GUIDE.md, "Monitoring" >
 * "Key Metrics" (column "Alert Threshold"); how long a breach must last comes from "Monitoring" > "Alerting Rules"
 * ({@code for: 5m} on the error rate and database connections, {@code for: 10m} on the queue backlog). Where the
 * guide gives no duration, the period is 5 minutes for rates and percentiles (enough requests for the figure to mean
 * something) and 1 minute for conditions that are already sustained by definition (a message 5 minutes old).
 * {@link GuideAlarms} turns each into a CloudWatch alarm that fires when the metric is greater than the threshold
 * for every one of the evaluation periods.
 */
public final class GuideThresholds {

    /** "API Response Time: P95 latency > 2000ms". */
    public static final Threshold API_P95_LATENCY_MS = new Threshold(2000, 300, 1);

    /** "Error Rate: 5xx errors / total > 1%" (Prometheus rule HighErrorRate: rate over 5m > 0.01). */
    public static final Threshold API_5XX_RATE_PERCENT = new Threshold(1, 300, 1);

    /** "Queue Depth: pending jobs > 100" (rule QueueBacklog: {@code for: 10m}). */
    public static final Threshold QUEUE_DEPTH = new Threshold(100, 60, 10);

    /** "Queue Latency: time job waits > 5 min", in seconds (the age of the oldest message). */
    public static final Threshold QUEUE_LATENCY_SECONDS = new Threshold(300, 60, 1);

    /**
     * Not a guide row but its consequence: a scan that failed {@value ScanQueueProps#MAX_RECEIVE_COUNT} times sits in
     * the dead-letter queue, and one is already too many.
     */
    public static final Threshold DEAD_LETTERS = new Threshold(0, 60, 1);

    /** "Database Connections: active connections > 80% of max" (rule DatabaseConnectionsHigh: {@code for: 5m}). */
    public static final int DATABASE_CONNECTIONS_PERCENT = 80;
    private static final int DATABASE_CONNECTIONS_PERIOD_SECONDS = 60;
    private static final int DATABASE_CONNECTIONS_EVALUATION_PERIODS = 5;

    /** The guide's {@code postgresql.conf}: {@code max_connections = 100}, so the alarm fires above 80. */
    public static final int GUIDE_MAX_CONNECTIONS = 100;

    /**
     * "Memory Usage: application memory > 80%". Lambda publishes no memory metric of its own; this needs Lambda
     * Insights ({@code LambdaInsights/memory_utilization}) enabled on the function.
     */
    public static final Threshold MEMORY_PERCENT = new Threshold(80, 300, 1);

    /**
     * "LLM Token Usage: daily tokens approaching quota". The guide gives no number: the alarm fires when the tokens
     * of the last 24 hours (the worker's {@code DebtOs/LlmTokens}, {@code Service=debt-os}) exceed this share of the
     * daily quota, so there is time to act before the worker's review stops at the quota. The worker's quota counts
     * the same rolling 24 hours (not the UTC day), so the alarm and the quota measure one window.
     */
    public static final int LLM_DAILY_TOKENS_PERCENT = 80;
    /** The worker's default {@code LLM_DAILY_TOKEN_QUOTA}. */
    public static final long LLM_DAILY_TOKEN_QUOTA = 2_000_000;

    /** 80% of the daily token quota, summed over one period of 24 hours. */
    public static Threshold llmDailyTokens(long dailyQuota) {
        if (dailyQuota < 1) {
            throw new IllegalArgumentException("the daily token quota must be positive: " + dailyQuota);
        }
        return new Threshold(dailyQuota * LLM_DAILY_TOKENS_PERCENT / 100.0, 86_400, 1);
    }

    private GuideThresholds() {
    }

    /** 80% of the given {@code max_connections}, held for 5 minutes. */
    public static Threshold databaseConnections(int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
        return new Threshold(maxConnections * DATABASE_CONNECTIONS_PERCENT / 100.0,
                DATABASE_CONNECTIONS_PERIOD_SECONDS, DATABASE_CONNECTIONS_EVALUATION_PERIODS);
    }

    /**
     * Alarm when the metric is above {@code value} in each of {@code evaluationPeriods} consecutive periods of
     * {@code periodSeconds}.
     */
    public record Threshold(double value, int periodSeconds, int evaluationPeriods) {
        public Threshold {
            if (value < 0 || periodSeconds < 60 || periodSeconds % 60 != 0 || evaluationPeriods < 1) {
                throw new IllegalArgumentException("threshold needs value >= 0, a period of whole minutes and >= 1 evaluation period");
            }
        }
    }
}
