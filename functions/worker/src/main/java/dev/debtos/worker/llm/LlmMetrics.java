package dev.debtos.worker.llm;

import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * A scan's LLM spend as CloudWatch metrics: {@code LlmTokens} and {@code LlmCalls} in namespace {@link #NAMESPACE},
 * once per provider and model (the dashboard's breakdown) and once as the total under {@code Service=debt-os} (what the
 * daily-quota alarm watches: an alarm needs one exact metric, and an empty dimension set is not one EMF publishes). In Lambda they are Powertools' embedded metric format lines in the
 * function's log; elsewhere nothing is written.
 */
public interface LlmMetrics {
    String NAMESPACE = "DebtOs";
    String TOKENS = "LlmTokens";
    String CALLS = "LlmCalls";
    /** The dimension of the total across providers and models. */
    String TOTAL_DIMENSION = "Service";
    String TOTAL_VALUE = "debt-os";

    LlmMetrics NONE = summary -> { };

    void record(LlmSummary summary);

    /** Powertools metrics inside Lambda ({@code AWS_LAMBDA_FUNCTION_NAME} set), none elsewhere. */
    static LlmMetrics forEnvironment() {
        return System.getenv("AWS_LAMBDA_FUNCTION_NAME") == null ? NONE : powertools(MetricsFactory.getMetricsInstance());
    }

    static LlmMetrics powertools(Metrics metrics) {
        return summary -> {
            if (summary.calls() == 0) {
                return;
            }
            metrics.flushMetrics(byModel -> {
                byModel.setNamespace(NAMESPACE);
                byModel.clearDefaultDimensions();
                byModel.addDimension(DimensionSet.of("provider", summary.provider(), "model", summary.model()));
                byModel.addMetric(TOKENS, summary.tokens(), MetricUnit.COUNT);
                byModel.addMetric(CALLS, summary.calls(), MetricUnit.COUNT);
            });
            metrics.flushMetrics(total -> {
                total.setNamespace(NAMESPACE);
                total.clearDefaultDimensions();
                total.addDimension(DimensionSet.of(TOTAL_DIMENSION, TOTAL_VALUE));
                total.addMetric(TOKENS, summary.tokens(), MetricUnit.COUNT);
                total.addMetric(CALLS, summary.calls(), MetricUnit.COUNT);
            });
        };
    }
}
