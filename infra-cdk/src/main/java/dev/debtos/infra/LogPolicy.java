package dev.debtos.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The operations guide's log rotation ("max 7 days"), for every log group the stacks create or cause: each is
 * created here, by name, before the service that writes to it would create it without an expiry (Lambda, API
 * Gateway execution logs, RDS log exports, Lambda Insights, VPC flow logs).
 */
public final class LogPolicy {

    /** Guide, "Logging" › "Log Aggregation": log rotation, max 7 days. */
    public static final RetentionDays RETENTION = RetentionDays.ONE_WEEK;

    private LogPolicy() {
    }

    /** A log group kept {@link #RETENTION}; logs are operational data, so they go with the stack. */
    public static LogGroup logGroup(Construct scope, String id, String name) {
        LogGroup.Builder builder = LogGroup.Builder.create(scope, id)
                .retention(RETENTION)
                .removalPolicy(RemovalPolicy.DESTROY);
        if (name != null) {
            builder.logGroupName(name);
        }
        return builder.build();
    }

    /** What Lambda writes to for a function of this name. */
    public static LogGroup functionLogs(Construct scope, String id, String functionName) {
        return logGroup(scope, id, "/aws/lambda/" + functionName);
    }
}
