package dev.debtos.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.debtos.infra.GuideThresholds.Threshold;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmRule;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CompositeAlarm;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Alarms for failures the guide's table does not name: functions failing or throttled, scheduled runs lost, the
 * database, its proxy and the cache near their limits. Numbers and reasons live in {@link FailureThresholds}; this
 * constructor is the one list of them.
 *
 * <p>The API's functions are watched as one group. A CloudWatch alarm may combine at most
 * {@value #METRICS_PER_ALARM} metrics, so the group is split into alarms of ten functions that notify nobody, and one
 * composite alarm per metric ({@code api-function-errors}, {@code api-function-throttles}) is in alarm when any part is;
 * the composite is what notifies.
 */
public final class FailureAlarms extends Construct {

    static final int METRICS_PER_ALARM = 10;

    private final String prefix;
    private final List<Alarm> alarms = new ArrayList<>();
    private final List<Alarm> silentParts = new ArrayList<>();
    private final List<CompositeAlarm> composites = new ArrayList<>();

    public FailureAlarms(Construct scope, String id, String prefix, Targets targets) {
        super(scope, id);
        this.prefix = prefix;
        if (!targets.apiFunctions().isEmpty()) {
            functionGroup("ApiFunctionErrors", "Errors", targets.apiFunctions(), FailureThresholds.API_FUNCTION_ERRORS,
                    "API functions crashed, timed out or failed to start (not handled 5xx answers)");
            functionGroup("ApiFunctionThrottles", "Throttles", targets.apiFunctions(), FailureThresholds.API_FUNCTION_THROTTLES,
                    "API requests refused by Lambda for lack of concurrency");
        }
        targets.workerFunction().ifPresent(name -> alarm("WorkerFailures",
                "The scan worker crashed, timed out or was throttled",
                errorsPlusThrottles(name, FailureThresholds.WORKER_FAILURES), FailureThresholds.WORKER_FAILURES,
                ComparisonOperator.GREATER_THAN_THRESHOLD));
        targets.jobFunctions().forEach((label, name) -> alarm("Job" + label + "Failures",
                "Scheduled job '" + label + "' failed or was throttled",
                errorsPlusThrottles(name, FailureThresholds.JOB_FAILURES), FailureThresholds.JOB_FAILURES,
                ComparisonOperator.GREATER_THAN_THRESHOLD));
        targets.jobDeadLetters().ifPresent(queue -> alarm("JobDeadLetters",
                "EventBridge could not run a scheduled job after its retries",
                queue.metricApproximateNumberOfMessagesVisible(software.amazon.awscdk.services.cloudwatch.MetricOptions.builder()
                        .statistic("Maximum").period(period(FailureThresholds.JOB_DEAD_LETTERS)).build()),
                FailureThresholds.JOB_DEAD_LETTERS, ComparisonOperator.GREATER_THAN_THRESHOLD));

        Map<String, String> instance = Map.of("DBInstanceIdentifier", targets.databaseInstanceId());
        alarm("DatabaseCpu", "PostgreSQL CPU above 80% for 15 minutes",
                metric("AWS/RDS", "CPUUtilization", instance, "Average", FailureThresholds.DATABASE_CPU_PERCENT),
                FailureThresholds.DATABASE_CPU_PERCENT, ComparisonOperator.GREATER_THAN_THRESHOLD);
        alarm("DatabaseFreeStorage", "PostgreSQL free storage below 2 GiB (autoscaling exhausted or cooling down)",
                metric("AWS/RDS", "FreeStorageSpace", instance, "Minimum", FailureThresholds.DATABASE_FREE_STORAGE),
                FailureThresholds.DATABASE_FREE_STORAGE, ComparisonOperator.LESS_THAN_THRESHOLD);
        Threshold memory = FailureThresholds.databaseFreeMemory(targets.databaseInstanceType());
        alarm("DatabaseFreeMemory", "PostgreSQL freeable memory below 10% of the instance for 15 minutes",
                metric("AWS/RDS", "FreeableMemory", instance, "Minimum", memory), memory,
                ComparisonOperator.LESS_THAN_THRESHOLD);

        Threshold saturation = FailureThresholds.PROXY_SATURATION_PERCENT;
        Map<String, String> proxy = Map.of("ProxyName", targets.proxyName());
        alarm("ProxySaturation", "RDS Proxy uses more than 90% of the database connections it may open",
                MathExpression.Builder.create()
                        .expression("100 * used / allowed")
                        .usingMetrics(Map.of(
                                "used", metric("AWS/RDS", "DatabaseConnections", proxy, "Maximum", saturation),
                                "allowed", metric("AWS/RDS", "MaxDatabaseConnectionsAllowed", proxy, "Maximum", saturation)))
                        .label("proxy connections used (%)")
                        .period(period(saturation))
                        .build(),
                saturation, ComparisonOperator.GREATER_THAN_THRESHOLD);

        Map<String, String> cache = Map.of("clusterId", targets.cacheName());
        Threshold ecpu = FailureThresholds.cacheEcpu(targets.cacheMaxEcpuPerSecond());
        alarm("CacheEcpu", "Cache request processing above 80% of its ECPU cap for 5 minutes",
                metric("AWS/ElastiCache", "ElastiCacheProcessingUnits", cache, "Sum", ecpu), ecpu,
                ComparisonOperator.GREATER_THAN_THRESHOLD);
        Threshold storage = FailureThresholds.cacheStorage(targets.cacheMaxStorageGb());
        alarm("CacheStorage", "Cache data above 80% of its storage cap for 5 minutes (evictions next)",
                metric("AWS/ElastiCache", "BytesUsedForCache", cache, "Maximum", storage), storage,
                ComparisonOperator.GREATER_THAN_THRESHOLD);
    }

    /** Sum of one metric over a group of functions, in parts of ten, and a composite that is the group's alarm. */
    private void functionGroup(String id, String metricName, List<String> functions, Threshold threshold, String description) {
        List<IAlarm> parts = new ArrayList<>();
        for (int start = 0, part = 1; start < functions.size(); start += METRICS_PER_ALARM, part++) {
            Map<String, IMetric> metrics = new LinkedHashMap<>();
            List<String> slice = functions.subList(start, Math.min(start + METRICS_PER_ALARM, functions.size()));
            for (int i = 0; i < slice.size(); i++) {
                metrics.put("f" + i, metric("AWS/Lambda", metricName, Map.of("FunctionName", slice.get(i)), "Sum", threshold));
            }
            Alarm alarm = build(id + "Part" + part, description + " (functions " + (start + 1) + "-" + (start + slice.size()) + ")",
                    MathExpression.Builder.create()
                            .expression(String.join(" + ", metrics.keySet()))
                            .usingMetrics(metrics)
                            .label(metricName + ", API functions " + (start + 1) + "-" + (start + slice.size()))
                            .period(period(threshold))
                            .build(),
                    threshold, ComparisonOperator.GREATER_THAN_THRESHOLD);
            silentParts.add(alarm);
            parts.add(alarm);
        }
        composites.add(CompositeAlarm.Builder.create(this, id)
                .compositeAlarmName(prefix + "-" + kebab(id))
                .alarmDescription(description)
                .alarmRule(AlarmRule.anyOf(parts.toArray(IAlarm[]::new)))
                .build());
    }

    private static IMetric errorsPlusThrottles(String functionName, Threshold threshold) {
        Map<String, String> function = Map.of("FunctionName", functionName);
        return MathExpression.Builder.create()
                .expression("errors + throttles")
                .usingMetrics(Map.of(
                        "errors", metric("AWS/Lambda", "Errors", function, "Sum", threshold),
                        "throttles", metric("AWS/Lambda", "Throttles", function, "Sum", threshold)))
                .label("errors + throttles")
                .period(period(threshold))
                .build();
    }

    private static Metric metric(String namespace, String name, Map<String, String> dimensions, String statistic,
                                 Threshold threshold) {
        return Metric.Builder.create().namespace(namespace).metricName(name).dimensionsMap(dimensions)
                .statistic(statistic).period(period(threshold)).build();
    }

    private static Duration period(Threshold threshold) {
        return Duration.seconds(threshold.periodSeconds());
    }

    private void alarm(String id, String description, IMetric metric, Threshold threshold, ComparisonOperator operator) {
        alarms.add(build(id, description, metric, threshold, operator));
    }

    private Alarm build(String id, String description, IMetric metric, Threshold threshold, ComparisonOperator operator) {
        return Alarm.Builder.create(this, id)
                .alarmName(prefix + "-" + kebab(id))
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold.value())
                .comparisonOperator(operator)
                .evaluationPeriods(threshold.evaluationPeriods())
                .datapointsToAlarm(threshold.evaluationPeriods())
                // no data (no invocations, no traffic) is not a failure
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }

    private static String kebab(String id) {
        return id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The alarms that notify on their own, in the constructor's order. */
    public List<Alarm> alarms() {
        return List.copyOf(alarms);
    }

    /** The API groups' composites: they notify for their parts. */
    public List<CompositeAlarm> composites() {
        return List.copyOf(composites);
    }

    /** The parts of the API groups (graphed on the dashboard, notifying through their composite). */
    public List<Alarm> groupParts() {
        return List.copyOf(silentParts);
    }

    /**
     * What the failure alarms watch; the compute parts are empty when their stacks are not built.
     *
     * @param apiFunctions  every API function's name
     * @param jobFunctions  scheduled job label → function name
     */
    public record Targets(List<String> apiFunctions, Optional<String> workerFunction, Map<String, String> jobFunctions,
                          Optional<IQueue> jobDeadLetters, String databaseInstanceId, String databaseInstanceType,
                          String proxyName, String cacheName, int cacheMaxEcpuPerSecond, int cacheMaxStorageGb) {
        public Targets {
            apiFunctions = List.copyOf(apiFunctions);
            jobFunctions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(jobFunctions));
        }
    }
}
