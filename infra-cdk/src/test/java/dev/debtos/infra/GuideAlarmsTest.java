package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.services.sqs.Queue;

/**
 * Every alarm against the operations guide's "Key Metrics" thresholds and "Alerting Rules" durations. The expected
 * numbers are written out here on purpose: the test checks {@link GuideThresholds} against the guide, not itself.
 */
class GuideAlarmsTest {

    private static Template full;
    private static Template minimal;

    @BeforeAll
    static void synthesize() {
        App app = new App();
        Stack fullStack = new Stack(app, "AllAlarms");
        new GuideAlarms(fullStack, "Alarms", GuideAlarmsProps.builder()
                .alarmNamePrefix("t")
                .scanQueue(new Queue(fullStack, "Scans"))
                .deadLetterQueue(new Queue(fullStack, "Dead"))
                .embeddingDeadLetterQueue(new Queue(fullStack, "EmbeddingDead"))
                .databaseInstanceId("debt-os-test-db")
                .apiName("debt-os-test-api")
                .insightsFunction("ScanWorker", "debt-os-test-scan-worker")
                .build());
        Stack minimalStack = new Stack(app, "FoundationAlarms");
        new GuideAlarms(minimalStack, "Alarms", GuideAlarmsProps.builder()
                .scanQueue(new Queue(minimalStack, "Scans"))
                .deadLetterQueue(new Queue(minimalStack, "Dead"))
                .databaseInstanceId("debt-os-test-db")
                .maxConnections(250)
                .build());
        CloudAssembly assembly = app.synth();
        full = template(assembly, fullStack);
        minimal = template(assembly, minimalStack);
    }

    @SuppressWarnings("unchecked")
    private static Template template(CloudAssembly assembly, Stack stack) {
        return Template.fromJSON((Map<String, Object>) assembly.getStackArtifact(stack.getArtifactId()).getTemplate());
    }

    /** The properties every guide alarm shares: greater than the threshold in each evaluation period. */
    private static Map<String, Object> alarm(String name, double threshold, int evaluationPeriods) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("AlarmName", name);
        properties.put("Threshold", threshold);
        properties.put("ComparisonOperator", "GreaterThanThreshold");
        properties.put("EvaluationPeriods", evaluationPeriods);
        properties.put("DatapointsToAlarm", evaluationPeriods);
        properties.put("TreatMissingData", "notBreaching");
        return properties;
    }

    private static Map<String, Object> with(Map<String, Object> alarm, Map<String, Object> more) {
        alarm.putAll(more);
        return alarm;
    }

    @Test
    void queueDepthAbove100ForTenMinutes() {
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-queue-depth", 100, 10), Map.of(
                "Namespace", "AWS/SQS", "MetricName", "ApproximateNumberOfMessagesVisible",
                "Statistic", "Maximum", "Period", 60)));
    }

    @Test
    void queueLatencyAbove300Seconds() {
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-queue-latency", 300, 1), Map.of(
                "Namespace", "AWS/SQS", "MetricName", "ApproximateAgeOfOldestMessage",
                "Statistic", "Maximum", "Period", 60)));
    }

    @Test
    void anyDeadLetter() {
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-dead-letters", 0, 1), Map.of(
                "Namespace", "AWS/SQS", "MetricName", "ApproximateNumberOfMessagesVisible",
                "Statistic", "Maximum", "Period", 60)));
    }

    @Test
    void anyEmbeddingDeadLetterAsForScans() {
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-embedding-dead-letters", 0, 1), Map.of(
                "Namespace", "AWS/SQS", "MetricName", "ApproximateNumberOfMessagesVisible",
                "Statistic", "Maximum", "Period", 60)));
    }

    @Test
    void databaseConnectionsAbove80PercentOfTheGuideMaximumForFiveMinutes() {
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-database-connections", 80, 5), Map.of(
                "Namespace", "AWS/RDS", "MetricName", "DatabaseConnections", "Statistic", "Maximum", "Period", 60,
                "Dimensions", List.of(Map.of("Name", "DBInstanceIdentifier", "Value", "debt-os-test-db")))));
    }

    @Test
    void databaseConnectionsThresholdFollowsMaxConnections() {
        minimal.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "DatabaseConnections", "Threshold", 200,
                "ComparisonOperator", "GreaterThanThreshold", "EvaluationPeriods", 5)));
    }

    @Test
    void apiErrorRateAboveOnePercentOverFiveMinutes() {
        Map<String, Object> api = Map.of("Name", "ApiName", "Value", "debt-os-test-api");
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-api5xx-rate", 1, 1), Map.of(
                "Metrics", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Expression", "IF(requests >= 100, 100 * errors / requests, 0)", "ReturnData", true)),
                        Match.objectLike(Map.of("Id", "errors", "ReturnData", false, "MetricStat", Map.of(
                                "Metric", Map.of("Namespace", "AWS/ApiGateway", "MetricName", "5XXError",
                                        "Dimensions", List.of(api)),
                                "Period", 300, "Stat", "Sum"))),
                        Match.objectLike(Map.of("Id", "requests", "ReturnData", false, "MetricStat", Map.of(
                                "Metric", Map.of("Namespace", "AWS/ApiGateway", "MetricName", "Count",
                                        "Dimensions", List.of(api)),
                                "Period", 300, "Stat", "Sum"))))))));
    }

    @Test
    void apiP95LatencyAbove2000Milliseconds() {
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-api-latency-p95", 2000, 1), Map.of(
                "Namespace", "AWS/ApiGateway", "MetricName", "Latency", "ExtendedStatistic", "p95", "Period", 300,
                "Dimensions", List.of(Map.of("Name", "ApiName", "Value", "debt-os-test-api")))));
    }

    @Test
    void lambdaMemoryAbove80PercentFromLambdaInsights() {
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-memory-scan-worker", 80, 1), Map.of(
                "Namespace", "LambdaInsights", "MetricName", "memory_utilization", "Statistic", "Maximum", "Period", 300,
                "Dimensions", List.of(Map.of("Name", "function_name", "Value", "debt-os-test-scan-worker")))));
    }

    @Test
    void llmTokensOfADayAbove80PercentOfTheDailyQuota() {
        full.hasResourceProperties("AWS::CloudWatch::Alarm", with(alarm("t-llm-daily-tokens", 1_600_000, 1), Map.of(
                "Namespace", "DebtOs", "MetricName", "LlmTokens", "Statistic", "Sum", "Period", 86400,
                "Dimensions", List.of(Map.of("Name", "Service", "Value", "debt-os")),
                // one window: the worker's quota counts the same rolling 24 hours (LlmUsageStore)
                "AlarmDescription", Match.stringLikeRegexp(".*same rolling 24 hours.*"))));
        App app = new App();
        Stack stack = new Stack(app, "Quota");
        new GuideAlarms(stack, "Alarms", GuideAlarmsProps.builder().scanQueue(new Queue(stack, "Scans"))
                .deadLetterQueue(new Queue(stack, "Dead")).databaseInstanceId("db").llmDailyTokenQuota(500_000).build());
        Template.fromStack(stack).hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "LlmTokens", "Threshold", 400_000));
        assertThatThrownBy(() -> GuideAlarmsProps.builder().scanQueue(new Queue(stack, "S2")).deadLetterQueue(new Queue(stack, "D2"))
                .databaseInstanceId("db").llmDailyTokenQuota(0).build()).hasMessageContaining("llmDailyTokenQuota");
    }

    @Test
    void everyOptionalAlarmIsCreatedOnlyWhenItsTargetIsGiven() {
        full.resourceCountIs("AWS::CloudWatch::Alarm", 9);
        minimal.resourceCountIs("AWS::CloudWatch::Alarm", 5);
        minimal.resourcePropertiesCountIs("AWS::CloudWatch::Alarm",
                Match.objectLike(Map.of("Namespace", "AWS/ApiGateway")), 0);
        minimal.resourcePropertiesCountIs("AWS::CloudWatch::Alarm",
                Match.objectLike(Map.of("Namespace", "LambdaInsights")), 0);
    }

    @Test
    void thresholdsAreTheGuideValues() {
        assertThat(GuideThresholds.databaseConnections(100).value()).isEqualTo(80.0);
        assertThat(GuideThresholds.databaseConnections(150).value()).isEqualTo(120.0);
        assertThat(GuideThresholds.QUEUE_DEPTH.periodSeconds() * GuideThresholds.QUEUE_DEPTH.evaluationPeriods())
                .as("QueueBacklog rule: for 10m").isEqualTo(600);
        assertThat(GuideThresholds.QUEUE_LATENCY_SECONDS.value()).as("5 min").isEqualTo(300.0);
    }

    @Test
    void propsRejectMissingTargetsAndImpossibleValues() {
        assertThatThrownBy(() -> GuideAlarmsProps.builder().databaseInstanceId("db").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("scanQueue");
        Stack stack = new Stack(new App(), "Invalid");
        Queue queue = new Queue(stack, "Q");
        GuideAlarmsProps.Builder valid = GuideAlarmsProps.builder().scanQueue(queue).deadLetterQueue(queue)
                .databaseInstanceId("db");
        assertThatThrownBy(() -> valid.maxConnections(5).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> valid.maxConnections(100).apiName(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> valid.apiName(null).insightsFunction("scan worker", "fn").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GuideThresholds.Threshold(1, 90, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
