package dev.debtos.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.debtos.infra.GuideThresholds.Threshold;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.constructs.Construct;

/**
 * One CloudWatch alarm per row of the operations guide's "Key Metrics" table, with the numbers of
 * {@link GuideThresholds}. Every alarm fires when its metric is greater than the threshold in all of its evaluation
 * periods; missing data (no traffic, no messages) is not a breach. Where the alarms notify is the stack's choice
 * ({@link #alarms()}).
 */
public final class GuideAlarms extends Construct {

    private static final String MAXIMUM = "Maximum";
    /** Where the scan worker writes {@code LlmTokens} and {@code LlmCalls} (embedded metric format). */
    public static final String LLM_NAMESPACE = "DebtOs";
    /** The 5xx rate in percent, 0 below {@link FailureThresholds#API_5XX_MINIMUM_REQUESTS} requests in the period. */
    public static final String API_5XX_RATE_EXPRESSION = "IF(requests >= " + FailureThresholds.API_5XX_MINIMUM_REQUESTS
            + ", 100 * errors / requests, 0)";

    private final GuideAlarmsProps props;
    private final List<Alarm> alarms = new ArrayList<>();

    public GuideAlarms(Construct scope, String id, GuideAlarmsProps props) {
        super(scope, id);
        this.props = props;
        Threshold depth = GuideThresholds.QUEUE_DEPTH;
        alarm("QueueDepth", "Scan queue holds more than 100 waiting scans for 10 minutes (guide: Queue Depth)",
                props.scanQueue().metricApproximateNumberOfMessagesVisible(options(MAXIMUM, depth)), depth);
        Threshold latency = GuideThresholds.QUEUE_LATENCY_SECONDS;
        alarm("QueueLatency", "Oldest scan has waited more than 5 minutes (guide: Queue Latency)",
                props.scanQueue().metricApproximateAgeOfOldestMessage(options(MAXIMUM, latency)), latency);
        Threshold dead = GuideThresholds.DEAD_LETTERS;
        alarm("DeadLetters", "A scan failed " + ScanQueueProps.MAX_RECEIVE_COUNT + " times and is in the dead-letter queue",
                props.deadLetterQueue().metricApproximateNumberOfMessagesVisible(options(MAXIMUM, dead)), dead);
        props.embeddingDeadLetterQueue().ifPresent(queue -> alarm("EmbeddingDeadLetters", "An embedding batch failed "
                        + QueueStack.EMBEDDING_MAX_RECEIVE_COUNT + " times and is in the embedding dead-letter queue (its"
                        + " scan's embeddings are incomplete)",
                queue.metricApproximateNumberOfMessagesVisible(options(MAXIMUM, dead)), dead));
        Threshold connections = GuideThresholds.databaseConnections(props.maxConnections());
        alarm("DatabaseConnections", "PostgreSQL sessions above 80% of max_connections (" + props.maxConnections()
                        + ") for 5 minutes (guide: Database Connections)",
                metric("AWS/RDS", "DatabaseConnections", Map.of("DBInstanceIdentifier", props.databaseInstanceId()),
                        MAXIMUM, connections), connections);
        Threshold tokens = GuideThresholds.llmDailyTokens(props.llmDailyTokenQuota());
        alarm("LlmDailyTokens", "LLM tokens of the last 24 hours above " + GuideThresholds.LLM_DAILY_TOKENS_PERCENT
                        + "% of the daily quota (" + props.llmDailyTokenQuota() + ", counted by the worker over the same rolling"
                        + " 24 hours); the review stops at the quota"
                        + " (guide: LLM Token Usage)",
                metric(LLM_NAMESPACE, "LlmTokens", Map.of("Service", "debt-os"), "Sum", tokens), tokens);
        props.apiName().ifPresent(this::apiAlarms);
        props.insightsFunctions().forEach(this::memoryAlarm);
    }

    /** API Gateway REST API metrics are published per {@code ApiName}. */
    private void apiAlarms(String apiName) {
        Map<String, String> api = Map.of("ApiName", apiName);
        Threshold rate = GuideThresholds.API_5XX_RATE_PERCENT;
        // Below the minimum traffic the rate is 0: two failures out of a few requests are not a 1% error rate.
        // No requests at all gives no data point, which the alarm treats as fine.
        IMetric errorRate = MathExpression.Builder.create()
                .expression(API_5XX_RATE_EXPRESSION)
                .usingMetrics(new TreeMap<>(Map.of(
                        "errors", metric("AWS/ApiGateway", "5XXError", api, "Sum", rate),
                        "requests", metric("AWS/ApiGateway", "Count", api, "Sum", rate))))
                .label("5xx error rate (%)")
                .period(Duration.seconds(rate.periodSeconds()))
                .build();
        alarm("Api5xxRate", "More than 1% of API requests answered 5xx over 5 minutes (guide: Error Rate)", errorRate, rate);
        Threshold p95 = GuideThresholds.API_P95_LATENCY_MS;
        alarm("ApiLatencyP95", "API p95 latency above 2000 ms over 5 minutes (guide: API Response Time)",
                metric("AWS/ApiGateway", "Latency", api, "p95", p95), p95);
    }

    /** Needs Lambda Insights on the function: Lambda itself publishes no memory utilisation. */
    private void memoryAlarm(String label, String functionName) {
        Threshold memory = GuideThresholds.MEMORY_PERCENT;
        alarm("Memory" + label, "Function '" + label + "' used more than 80% of its memory (guide: Memory Usage)",
                metric("LambdaInsights", "memory_utilization", Map.of("function_name", functionName), MAXIMUM, memory),
                memory);
    }

    private static MetricOptions options(String statistic, Threshold threshold) {
        return MetricOptions.builder().statistic(statistic).period(Duration.seconds(threshold.periodSeconds())).build();
    }

    private static Metric metric(String namespace, String name, Map<String, String> dimensions, String statistic,
                                 Threshold threshold) {
        return Metric.Builder.create()
                .namespace(namespace)
                .metricName(name)
                .dimensionsMap(dimensions)
                .statistic(statistic)
                .period(Duration.seconds(threshold.periodSeconds()))
                .build();
    }

    private void alarm(String id, String description, IMetric metric, Threshold threshold) {
        Alarm.Builder alarm = Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(threshold.value())
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(threshold.evaluationPeriods())
                .datapointsToAlarm(threshold.evaluationPeriods())
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description);
        props.alarmNamePrefix().ifPresent(prefix -> alarm.alarmName(prefix + "-" + kebab(id)));
        alarms.add(alarm.build());
    }

    private static String kebab(String id) {
        return id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Every alarm created, in a stable order: queue depth, latency, dead letters, connections, LLM tokens, API, memory. */
    public List<Alarm> alarms() {
        return List.copyOf(alarms);
    }
}
