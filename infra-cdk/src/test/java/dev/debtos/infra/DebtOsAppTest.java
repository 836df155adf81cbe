package dev.debtos.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.constructs.IConstruct;

/** The whole foundation, dev and prod side by side in one app, synthesized once. */
class DebtOsAppTest {

    private static DebtOsApp.Foundation dev;
    private static Template devNetwork;
    private static Template devData;
    private static Template devQueue;
    private static Template devMonitoring;
    private static Template prodNetwork;
    private static Template prodData;
    private static Template prodMonitoring;

    @BeforeAll
    static void synthesize() {
        App app = DebtOsApp.newApp();
        dev = DebtOsApp.build(app, EnvironmentConfig.dev(), null);
        DebtOsApp.Foundation prod = DebtOsApp.build(app,
                EnvironmentConfig.prod().withAlarmEmail("oncall@example.com"), null);
        CloudAssembly assembly = app.synth();
        devNetwork = template(assembly, dev.network());
        devData = template(assembly, dev.data());
        devQueue = template(assembly, dev.queues());
        devMonitoring = template(assembly, dev.monitoring());
        prodNetwork = template(assembly, prod.network());
        prodData = template(assembly, prod.data());
        prodMonitoring = template(assembly, prod.monitoring());
    }

    @SuppressWarnings("unchecked")
    private static Template template(CloudAssembly assembly, Stack stack) {
        return Template.fromJSON((Map<String, Object>) assembly.getStackArtifact(stack.getArtifactId()).getTemplate());
    }

    private static Map<String, Object> getAtt(Stack stack, IConstruct construct, String attribute) {
        String logicalId = stack.getLogicalId((CfnElement) construct.getNode().getDefaultChild());
        return Map.of("Fn::GetAtt", List.of(logicalId, attribute));
    }

    @Test
    void vpcSpansTwoAzsWithPublicAppAndIsolatedDataSubnets() {
        devNetwork.resourceCountIs("AWS::EC2::VPC", 1);
        devNetwork.resourceCountIs("AWS::EC2::Subnet", 6);
        devNetwork.resourcePropertiesCountIs("AWS::EC2::Subnet",
                Match.objectLike(Map.of("MapPublicIpOnLaunch", true)), 2);
        devNetwork.resourceCountIs("AWS::EC2::NatGateway", 1);
        prodNetwork.resourceCountIs("AWS::EC2::NatGateway", 2);
    }

    @Test
    void onlyLambdaReachesTheProxyAndRedis() {
        NetworkStack network = dev.network();
        Map<String, Object> lambda = getAtt(network, network.lambdaSecurityGroup(), "GroupId");
        Map<String, Object> proxy = getAtt(network, network.proxySecurityGroup(), "GroupId");
        Map<String, Object> redis = getAtt(network, network.redisSecurityGroup(), "GroupId");
        devNetwork.resourceCountIs("AWS::EC2::SecurityGroup", 4);
        devNetwork.resourceCountIs("AWS::EC2::SecurityGroupIngress", 3);
        devNetwork.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "IpProtocol", "tcp", "FromPort", 5432, "ToPort", 5432, "GroupId", proxy, "SourceSecurityGroupId", lambda));
        devNetwork.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "IpProtocol", "tcp", "FromPort", 6379, "ToPort", 6379, "GroupId", redis, "SourceSecurityGroupId", lambda));
        Object postgresIntoDataSubnet = Match.objectLike(Map.of("IpProtocol", "tcp", "FromPort", 5432, "ToPort", 5432));
        devNetwork.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
                "GroupDescription", "DEBT-OS RDS Proxy",
                "SecurityGroupEgress", List.of(postgresIntoDataSubnet, postgresIntoDataSubnet)));
    }

    @Test
    void onlyTheProxyReachesPostgres() {
        Object instancePort = Map.of("Fn::GetAtt", List.of(Match.anyValue(), "Endpoint.Port"));
        Object proxyGroup = Map.of("Fn::ImportValue", Match.anyValue());
        devData.resourceCountIs("AWS::EC2::SecurityGroup", 1);
        devData.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
                "GroupDescription", "DEBT-OS PostgreSQL instance: reachable from RDS Proxy and the admin functions only",
                "SecurityGroupEgress", List.of(Match.objectLike(Map.of("CidrIp", "255.255.255.255/32", "Description", "Disallow all traffic")))));
        // the proxy, and the admin group of the schema migration and master-secret rotation functions
        devData.resourceCountIs("AWS::EC2::SecurityGroupIngress", 2);
        devData.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "IpProtocol", "tcp", "FromPort", instancePort, "SourceSecurityGroupId", proxyGroup));
        devData.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "IpProtocol", "tcp", "FromPort", 5432, "ToPort", 5432, "SourceSecurityGroupId", Map.of("Fn::ImportValue", Match.anyValue())));
        devData.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Map.of(
                "IpProtocol", "tcp", "FromPort", instancePort, "GroupId", proxyGroup));
    }

    @Test
    void postgresIsPrivateEncryptedVersion16WithTheGuideConnectionLimit() {
        devData.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
                "Engine", "postgres", "EngineVersion", "16", "DBInstanceClass", "db.t4g.micro",
                "PubliclyAccessible", false, "StorageEncrypted", true));
        devData.hasResourceProperties("AWS::RDS::DBParameterGroup", Map.of(
                "Family", "postgres16",
                "Parameters", Map.of("max_connections", "100", "rds.force_ssl", "1")));
    }

    @Test
    void credentialsAndApplicationSecretsAreGeneratedIntoSecretsManager() {
        devData.resourceCountIs("AWS::SecretsManager::Secret", 3);
        for (String name : List.of("debt-os-dev/jwt-secret", "debt-os-dev/data-encryption-key")) {
            devData.hasResourceProperties("AWS::SecretsManager::Secret", Map.of("Name", name,
                    "GenerateSecretString", Map.of("PasswordLength", 64, "ExcludePunctuation", true, "IncludeSpace", false)));
        }
        prodData.hasResource("AWS::SecretsManager::Secret", Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("Name", "debt-os-prod/data-encryption-key"))));
        devData.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "GenerateSecretString", Match.objectLike(Map.of(
                        "SecretStringTemplate", "{\"username\":\"debt_os_admin\"}", "GenerateStringKey", "password"))));
        devData.hasOutput("DatabaseSecretArn", Map.of("Value", Map.of("Ref", Match.anyValue())));
    }

    @Test
    void rdsProxyRequiresTlsAndIamAuthentication() {
        devData.hasResourceProperties("AWS::RDS::DBProxy", Map.of(
                "DBProxyName", "debt-os-dev-proxy",
                "EngineFamily", "POSTGRESQL",
                "RequireTLS", true,
                // IAM end to end: no secret between the proxy and the database
                "DefaultAuthScheme", "IAM_AUTH",
                "Auth", Match.absent()));
        devData.hasOutput("DatabaseProxyEndpoint", Map.of("Value", Map.of("Fn::GetAtt", List.of(
                Match.anyValue(), "Endpoint"))));
    }

    @Test
    void deletionProtectionAndDurabilityDependOnTheEnvironment() {
        devData.hasResource("AWS::RDS::DBInstance", Map.of("DeletionPolicy", "Delete", "Properties", Map.of(
                "DeletionProtection", false, "MultiAZ", false, "BackupRetentionPeriod", 7)));
        prodData.hasResource("AWS::RDS::DBInstance", Map.of("DeletionPolicy", "Snapshot", "Properties", Map.of(
                "DeletionProtection", true, "MultiAZ", true, "BackupRetentionPeriod", 30,
                "DBInstanceClass", "db.m7g.large")));
    }

    @Test
    void redisIsServerlessValkeyInTheIsolatedSubnets() {
        // ElastiCache Serverless always encrypts at rest and in transit; there is no property to switch it off.
        devData.hasResourceProperties("AWS::ElastiCache::ServerlessCache", Map.of(
                "ServerlessCacheName", "debt-os-dev", "Engine", "valkey", "MajorEngineVersion", "8",
                "SubnetIds", Match.arrayWith(List.of(Map.of("Fn::ImportValue", Match.anyValue()))),
                "CacheUsageLimits", Map.of(
                        "DataStorage", Map.of("Maximum", 1, "Unit", "GB"),
                        "ECPUPerSecond", Map.of("Maximum", 5000))));
        devData.hasOutput("RedisEndpoint", Map.of("Value", Map.of("Fn::GetAtt", List.of(
                Match.anyValue(), "Endpoint.Address"))));
    }

    @Test
    void scanQueueDerivesVisibilityFromTheWorkerTimeout() {
        devQueue.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "debt-os-dev-scans", "VisibilityTimeout", 5400, "SqsManagedSseEnabled", true,
                "RedrivePolicy", Match.objectLike(Map.of("maxReceiveCount", 5))));
        devQueue.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "debt-os-dev-scans-dlq", "MessageRetentionPeriod", 1209600, "SqsManagedSseEnabled", true));
    }

    @Test
    void guideAlarmsWatchQueuesDatabaseApiAndEveryFunction() {
        int functions = dev.api().functions().size() + 2 + ScheduledJob.all().size(); // the scan and embedding workers
        int failureAlarms = dev.monitoring().failureAlarms().alarms().size() + dev.monitoring().failureAlarms().groupParts().size();
        devMonitoring.resourceCountIs("AWS::CloudWatch::Alarm", 5 + 1 + 2 + functions + failureAlarms);
        devMonitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "debt-os-dev-api-latency-p95", "Threshold", 2000,
                "Dimensions", List.of(Map.of("Name", "ApiName", "Value", "debt-os-dev-api"))));
        devMonitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "memory_utilization", "Threshold", 80,
                "Dimensions", List.of(Map.of("Name", "function_name", "Value", "debt-os-dev-scan-worker"))));
        devMonitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "memory_utilization",
                "Dimensions", List.of(Map.of("Name", "function_name", "Value", "debt-os-dev-api-getHealth"))));
        devMonitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "debt-os-dev-database-connections", "MetricName", "DatabaseConnections",
                "Threshold", 80, "ComparisonOperator", "GreaterThanThreshold", "EvaluationPeriods", 5,
                "Dimensions", List.of(Map.of("Name", "DBInstanceIdentifier", "Value", Map.of("Fn::ImportValue", Match.anyValue())))));
        devMonitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "debt-os-dev-llm-daily-tokens", "Namespace", "DebtOs", "MetricName", "LlmTokens",
                "Threshold", 1_600_000, "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*")))));
        for (String name : List.of("queue-depth", "queue-latency", "dead-letters", "embedding-dead-letters")) {
            devMonitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                    "AlarmName", "debt-os-dev-" + name, "Namespace", "AWS/SQS",
                    "ComparisonOperator", "GreaterThanThreshold"));
        }
    }

    @Test
    void everyAlarmNotifiesTheEncryptedTopicOnAlarmAndRecovery() {
        String topic = dev.monitoring().getLogicalId((CfnElement) dev.monitoring().alarmTopic().getNode().getDefaultChild());
        List<Map<String, String>> actions = List.of(Map.of("Ref", topic));
        // the API groups' parts notify through their composite alarm
        int alarms = devMonitoring.findResources("AWS::CloudWatch::Alarm").size() - dev.monitoring().failureAlarms().groupParts().size();
        devMonitoring.resourcePropertiesCountIs("AWS::CloudWatch::CompositeAlarm", Match.objectLike(Map.of(
                "AlarmActions", actions, "OKActions", actions)), 2);
        devMonitoring.resourcePropertiesCountIs("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmActions", actions, "OKActions", actions)), alarms);
        devMonitoring.hasResourceProperties("AWS::SNS::Topic", Map.of(
                "TopicName", "debt-os-dev-alarms", "KmsMasterKeyId", Match.anyValue()));
        Object cloudWatchMayEncrypt = Match.objectLike(Map.of(
                "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                "Action", List.of("kms:Decrypt", "kms:GenerateDataKey*")));
        devMonitoring.hasResourceProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true,
                "KeyPolicy", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(cloudWatchMayEncrypt))))));
        devMonitoring.resourceCountIs("AWS::SNS::Subscription", 0);
        prodMonitoring.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "oncall@example.com"));
    }

    @Test
    void dashboardShowsTheAlarms() {
        devMonitoring.hasResourceProperties("AWS::CloudWatch::Dashboard", Map.of("DashboardName", "debt-os-dev"));
    }
}
