package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ScanQueueTest {

    private static Template template;
    private static String deadLetterQueueId;

    @BeforeAll
    static void synthesize() {
        Stack stack = new Stack(new App(), "ScanQueueTest");
        new ScanQueue(stack, "Scans", ScanQueueProps.builder().queueName("debt-os-test-scans").build());
        template = Template.fromStack(stack);
        deadLetterQueueId = template.findResources("AWS::SQS::Queue", Match.objectLike(Map.of(
                "Properties", Map.of("QueueName", "debt-os-test-scans-dlq")))).keySet().iterator().next();
    }

    @Test
    void createsTheQueueAndItsDeadLetterQueue() {
        template.resourceCountIs("AWS::SQS::Queue", 2);
    }

    @Test
    void visibilityTimeoutIsSixTimesTheDefaultFifteenMinuteWorkerTimeout() {
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "debt-os-test-scans",
                "VisibilityTimeout", 5400,
                "MessageRetentionPeriod", 345600));
    }

    @Test
    void redrivesToTheDeadLetterQueueAfterFiveReceives() {
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "debt-os-test-scans",
                "RedrivePolicy", Map.of(
                        "maxReceiveCount", 5,
                        "deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(deadLetterQueueId, "Arn")))));
    }

    @Test
    void deadLetterQueueKeepsMessagesFourteenDays() {
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "debt-os-test-scans-dlq",
                "MessageRetentionPeriod", 1209600));
    }

    @Test
    void bothQueuesAreEncryptedWithSqsManagedKeys() {
        template.resourcePropertiesCountIs("AWS::SQS::Queue",
                Match.objectLike(Map.of("SqsManagedSseEnabled", true)), 2);
    }

    @Test
    void bothQueuesRefuseRequestsWithoutTls() {
        Object denyWithoutTls = Match.objectLike(Map.of(
                "Effect", "Deny",
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
        template.resourcePropertiesCountIs("AWS::SQS::QueuePolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(denyWithoutTls)))))), 2);
    }

    @Test
    void visibilityTimeoutFollowsTheWorkerTimeout() {
        ScanQueueProps props = ScanQueueProps.builder().workerTimeout(Duration.minutes(5)).build();

        assertThat(props.visibilityTimeout().toSeconds()).isEqualTo(1800);
        assertThat(props.workerTimeout().toSeconds()).isEqualTo(300);
    }

    @Test
    void rejectsWorkerTimeoutsLambdaCannotRun() {
        assertThatThrownBy(() -> ScanQueueProps.builder().workerTimeout(Duration.minutes(16)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("900");
        assertThatThrownBy(() -> ScanQueueProps.builder().workerTimeout(Duration.seconds(0)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScanQueueProps.builder().workerTimeout(null).build())
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsRetentionTheDeadLetterQueueCannotOutlive() {
        assertThatThrownBy(() -> ScanQueueProps.builder().retentionPeriod(Duration.days(14)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14 days");
    }

    @Test
    void rejectsQueueNamesSqsRefuses() {
        assertThatThrownBy(() -> ScanQueueProps.builder().queueName("scans.fifo").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
