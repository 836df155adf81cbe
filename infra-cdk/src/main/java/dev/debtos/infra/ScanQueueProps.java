package dev.debtos.infra;

import java.util.Objects;
import java.util.Optional;

import software.amazon.awscdk.Duration;

/**
 * Settings of a {@link ScanQueue}. The visibility timeout is derived, not set: AWS asks for at least six times the
 * consuming function's timeout, so a message is not handed to a second worker while the first may still be
 * retrying it.
 */
public final class ScanQueueProps {

    /** Visibility timeout = this factor x worker timeout (Lambda's guidance for SQS event sources). */
    public static final int VISIBILITY_FACTOR = 6;
    /** Lambda's maximum timeout, and the default worker timeout: a scan may take all of it. */
    public static final int MAX_WORKER_TIMEOUT_SECONDS = 900;
    /** A scan that failed this many times goes to the dead-letter queue. */
    public static final int MAX_RECEIVE_COUNT = 5;
    public static final int DEAD_LETTER_RETENTION_DAYS = 14;
    private static final int DEFAULT_RETENTION_DAYS = 4;

    private final long workerTimeoutSeconds;
    private final long retentionSeconds;
    private final Optional<String> queueName;
    private final int maxReceiveCount;

    private ScanQueueProps(Builder b) {
        Objects.requireNonNull(b.workerTimeout, "workerTimeout");
        Objects.requireNonNull(b.retentionPeriod, "retentionPeriod");
        this.workerTimeoutSeconds = b.workerTimeout.toSeconds().longValue();
        this.retentionSeconds = b.retentionPeriod.toSeconds().longValue();
        if (workerTimeoutSeconds < 1 || workerTimeoutSeconds > MAX_WORKER_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("workerTimeout must be 1-900 s (Lambda's limit): " + workerTimeoutSeconds + " s");
        }
        // Messages keep their first enqueue time in the DLQ: it must outlive the source queue's retention.
        if (retentionSeconds < 60 || retentionSeconds >= Duration.days(DEAD_LETTER_RETENTION_DAYS).toSeconds().longValue()) {
            throw new IllegalArgumentException("retentionPeriod must be at least 60 s and shorter than the DLQ's 14 days");
        }
        if (b.queueName != null && !b.queueName.matches("[A-Za-z0-9_-]{1,76}")) {
            throw new IllegalArgumentException("queueName must be 1-76 letters, digits, '-' or '_' (the DLQ appends '-dlq'): " + b.queueName);
        }
        this.queueName = Optional.ofNullable(b.queueName);
        if (b.maxReceiveCount < 1 || b.maxReceiveCount > 1000) {
            throw new IllegalArgumentException("maxReceiveCount must be 1-1000 (SQS redrive limits): " + b.maxReceiveCount);
        }
        this.maxReceiveCount = b.maxReceiveCount;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Duration workerTimeout() {
        return Duration.seconds(workerTimeoutSeconds);
    }

    public Duration visibilityTimeout() {
        return Duration.seconds(VISIBILITY_FACTOR * workerTimeoutSeconds);
    }

    public Duration retentionPeriod() {
        return Duration.seconds(retentionSeconds);
    }

    public Optional<String> queueName() {
        return queueName;
    }

    /** Receives after which a message goes to the dead-letter queue. */
    public int maxReceiveCount() {
        return maxReceiveCount;
    }

    public static final class Builder {
        private Duration workerTimeout = Duration.seconds(MAX_WORKER_TIMEOUT_SECONDS);
        private Duration retentionPeriod = Duration.days(DEFAULT_RETENTION_DAYS);
        private String queueName;
        private int maxReceiveCount = MAX_RECEIVE_COUNT;

        private Builder() {
        }

        /** Timeout of the Lambda function that consumes the queue; defaults to 15 minutes. */
        public Builder workerTimeout(Duration timeout) { this.workerTimeout = timeout; return this; }
        public Builder retentionPeriod(Duration retention) { this.retentionPeriod = retention; return this; }
        /** Physical name; omitted, CloudFormation generates one. */
        public Builder queueName(String name) { this.queueName = name; return this; }
        /** Defaults to {@value #MAX_RECEIVE_COUNT}, a scan's. */
        public Builder maxReceiveCount(int count) { this.maxReceiveCount = count; return this; }

        public ScanQueueProps build() {
            return new ScanQueueProps(this);
        }
    }
}
