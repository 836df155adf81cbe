package dev.debtos.infra;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import software.amazon.awscdk.services.sqs.IQueue;

/**
 * What {@link GuideAlarms} watches. The queues and the database are required; the API and the functions' memory are
 * optional because their stacks come later: ApiStack passes {@link Builder#apiName}, WorkerStack and ApiStack pass
 * the functions that run with Lambda Insights through {@link Builder#insightsFunction}.
 */
public final class GuideAlarmsProps {

    private final Optional<String> alarmNamePrefix;
    private final IQueue scanQueue;
    private final IQueue deadLetterQueue;
    private final Optional<IQueue> embeddingDeadLetterQueue;
    private final String databaseInstanceId;
    private final int maxConnections;
    private final Optional<String> apiName;
    private final Map<String, String> insightsFunctions;
    private final long llmDailyTokenQuota;

    private GuideAlarmsProps(Builder b) {
        this.scanQueue = Objects.requireNonNull(b.scanQueue, "scanQueue");
        this.deadLetterQueue = Objects.requireNonNull(b.deadLetterQueue, "deadLetterQueue");
        this.databaseInstanceId = Objects.requireNonNull(b.databaseInstanceId, "databaseInstanceId");
        if (b.maxConnections < 10) {
            throw new IllegalArgumentException("maxConnections must be at least 10: " + b.maxConnections);
        }
        if (b.alarmNamePrefix != null && !b.alarmNamePrefix.matches("[A-Za-z0-9][A-Za-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("alarmNamePrefix must be 1-64 letters, digits or '-': " + b.alarmNamePrefix);
        }
        if (b.apiName != null && b.apiName.isBlank()) {
            throw new IllegalArgumentException("apiName must not be blank; leave it unset when there is no API yet");
        }
        b.insightsFunctions.keySet().forEach(label -> {
            if (!label.matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
                throw new IllegalArgumentException("function label must be 1-40 letters or digits: " + label);
            }
        });
        this.alarmNamePrefix = Optional.ofNullable(b.alarmNamePrefix);
        this.embeddingDeadLetterQueue = Optional.ofNullable(b.embeddingDeadLetterQueue);
        this.maxConnections = b.maxConnections;
        this.apiName = Optional.ofNullable(b.apiName);
        this.insightsFunctions = Map.copyOf(b.insightsFunctions);
        if (b.llmDailyTokenQuota < 1) {
            throw new IllegalArgumentException("llmDailyTokenQuota must be positive: " + b.llmDailyTokenQuota);
        }
        this.llmDailyTokenQuota = b.llmDailyTokenQuota;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> alarmNamePrefix() { return alarmNamePrefix; }
    public IQueue scanQueue() { return scanQueue; }
    public IQueue deadLetterQueue() { return deadLetterQueue; }
    public Optional<IQueue> embeddingDeadLetterQueue() { return embeddingDeadLetterQueue; }
    public String databaseInstanceId() { return databaseInstanceId; }
    public int maxConnections() { return maxConnections; }
    public Optional<String> apiName() { return apiName; }
    /** Label (used in construct ids and alarm names) to function name, in label order. */
    public Map<String, String> insightsFunctions() { return new TreeMap<>(insightsFunctions); }
    /** The worker's {@code LLM_DAILY_TOKEN_QUOTA}; the token alarm fires at 80% of it. */
    public long llmDailyTokenQuota() { return llmDailyTokenQuota; }

    public static final class Builder {
        private String alarmNamePrefix;
        private IQueue scanQueue;
        private IQueue deadLetterQueue;
        private IQueue embeddingDeadLetterQueue;
        private String databaseInstanceId;
        private int maxConnections = GuideThresholds.GUIDE_MAX_CONNECTIONS;
        private String apiName;
        private final Map<String, String> insightsFunctions = new TreeMap<>();
        private long llmDailyTokenQuota = GuideThresholds.LLM_DAILY_TOKEN_QUOTA;

        private Builder() {
        }

        /** Alarm names become {@code <prefix>-queue-depth} etc.; unset, CloudFormation names them. */
        public Builder alarmNamePrefix(String prefix) { this.alarmNamePrefix = prefix; return this; }
        public Builder scanQueue(IQueue queue) { this.scanQueue = queue; return this; }
        public Builder deadLetterQueue(IQueue queue) { this.deadLetterQueue = queue; return this; }
        /** The embedding queue's dead-letter queue, alarmed like the scan queue's. */
        public Builder embeddingDeadLetterQueue(IQueue queue) { this.embeddingDeadLetterQueue = queue; return this; }
        /** The RDS instance whose {@code DatabaseConnections} counts every session, proxy and direct. */
        public Builder databaseInstanceId(String id) { this.databaseInstanceId = id; return this; }
        /** The instance's {@code max_connections}; the alarm fires above 80% of it. */
        public Builder maxConnections(int max) { this.maxConnections = max; return this; }
        /** Name of the API Gateway REST API ({@code AWS/ApiGateway} dimension {@code ApiName}). */
        public Builder apiName(String name) { this.apiName = name; return this; }
        /** A function deployed with Lambda Insights, whose {@code memory_utilization} is alarmed on. */
        public Builder insightsFunction(String label, String functionName) {
            insightsFunctions.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(functionName, "functionName"));
            return this;
        }

        /** The worker's {@code LLM_DAILY_TOKEN_QUOTA} when it is not the default. */
        public Builder llmDailyTokenQuota(long tokens) { this.llmDailyTokenQuota = tokens; return this; }

        public GuideAlarmsProps build() {
            return new GuideAlarmsProps(this);
        }
    }
}
