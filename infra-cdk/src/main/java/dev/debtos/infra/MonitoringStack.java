package dev.debtos.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.AlarmWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The guide's alarms ({@link GuideAlarms}), the SNS topic they notify (on alarm and on recovery), and a dashboard
 * with an alarm-status strip and one graph per alarm, its threshold drawn in. Built last: it reads every other stack.
 */
public final class MonitoringStack extends Stack {

    private final Topic alarmTopic;
    private final GuideAlarms guideAlarms;
    private final FailureAlarms failureAlarms;

    public MonitoringStack(Construct scope, String id, StackProps props, EnvironmentConfig env,
                           QueueStack queues, DataStack data, ComputeTargets compute, FailureAlarms.Targets failures) {
        super(scope, id, props);
        // CloudWatch can publish to an encrypted topic only with a customer-managed key that grants it the key.
        Key key = Key.Builder.create(this, "AlarmTopicKey")
                .description("Encrypts the " + env.prefix() + " alarm topic")
                .enableKeyRotation(true)
                .removalPolicy(env.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
        this.alarmTopic = Topic.Builder.create(this, "AlarmTopic")
                .topicName(env.prefix() + "-alarms")
                .displayName("DEBT-OS " + env.name() + " alarms")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        env.alarmEmail().ifPresent(email -> alarmTopic.addSubscription(new EmailSubscription(email)));

        GuideAlarmsProps.Builder watched = GuideAlarmsProps.builder()
                .alarmNamePrefix(env.prefix())
                .scanQueue(queues.scanQueue())
                .deadLetterQueue(queues.deadLetterQueue())
                .embeddingDeadLetterQueue(queues.embeddingDeadLetterQueue())
                .databaseInstanceId(data.databaseInstanceId())
                .maxConnections(env.maxConnections());
        compute.apiName().ifPresent(watched::apiName);
        compute.insightsFunctions().forEach(watched::insightsFunction);
        this.guideAlarms = new GuideAlarms(this, "GuideAlarms", watched.build());

        this.failureAlarms = new FailureAlarms(this, "FailureAlarms", env.prefix(), failures);

        // Everything that notifies, in one list: the guide's alarms, the failure alarms, the API groups' composites.
        SnsAction notify = new SnsAction(alarmTopic);
        notifying().forEach(alarm -> {
            alarm.addAlarmAction(notify);
            alarm.addOkAction(notify);
        });
        dashboard(env);
        CfnOutput.Builder.create(this, "AlarmTopicArn").value(alarmTopic.getTopicArn())
                .description("SNS topic the guide alarms notify; subscribe on-call here").build();
    }

    private List<software.amazon.awscdk.services.cloudwatch.AlarmBase> notifying() {
        List<software.amazon.awscdk.services.cloudwatch.AlarmBase> all = new ArrayList<>(alarms());
        all.addAll(failureAlarms.composites());
        return all;
    }

    private void dashboard(EnvironmentConfig env) {
        List<Alarm> alarms = new ArrayList<>(alarms());
        alarms.addAll(failureAlarms.groupParts());
        Dashboard dashboard = Dashboard.Builder.create(this, "Dashboard").dashboardName(env.prefix()).build();
        dashboard.addWidgets(AlarmStatusWidget.Builder.create()
                .title("DEBT-OS " + env.name() + ": alarms")
                .alarms(new ArrayList<IAlarm>(notifying()))
                .width(24)
                .build());
        for (int i = 0; i < alarms.size(); i += 2) {
            List<IWidget> row = new ArrayList<>();
            for (Alarm alarm : alarms.subList(i, Math.min(i + 2, alarms.size()))) {
                row.add(AlarmWidget.Builder.create().alarm(alarm).title(alarm.getNode().getId()).width(12).height(6).build());
            }
            dashboard.addWidgets(row.toArray(IWidget[]::new));
        }
    }

    public Topic alarmTopic() {
        return alarmTopic;
    }

    /** The guide's alarms, then the failure alarms (the API groups' parts and composites aside). */
    public List<Alarm> alarms() {
        List<Alarm> all = new ArrayList<>(guideAlarms.alarms());
        all.addAll(failureAlarms.alarms());
        return List.copyOf(all);
    }

    public FailureAlarms failureAlarms() {
        return failureAlarms;
    }

    /**
     * What the compute stacks add to the guide's alarms once they exist: ApiStack its REST API's name (5xx rate and
     * p95 latency alarms), ApiStack and WorkerStack their functions deployed with Lambda Insights (memory alarms).
     */
    public record ComputeTargets(Optional<String> apiName, Map<String, String> insightsFunctions) {
        public ComputeTargets {
            apiName = apiName == null ? Optional.empty() : apiName;
            insightsFunctions = insightsFunctions == null ? Map.of() : Map.copyOf(insightsFunctions);
        }

        /** Foundation only: queue, dead-letter and database alarms. */
        public static ComputeTargets none() {
            return new ComputeTargets(Optional.empty(), Map.of());
        }
    }
}
