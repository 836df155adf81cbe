package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * What makes a deployed environment work and trustworthy on day one: the schema custom resource, failure alarms, the
 * guide's data and log policy, TLS, the WAF, request validation, rotation, outside secrets by ARN, cost settings.
 * dev without provider secrets, prod with GitHub sign-in and an OpenAI key configured; one synthesis.
 */
class DeployReadinessTest {

    private static final String GITHUB_SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:debt-os/github-AbCdEf";
    private static final String OPENAI_SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:debt-os/openai";

    private static DebtOsApp.Foundation dev;
    private static DebtOsApp.Foundation prod;
    private static CloudAssembly assembly;

    @BeforeAll
    static void synthesize() {
        App app = DebtOsApp.newApp();
        FunctionAssets assets = FunctionAssets.locate();
        dev = DebtOsApp.build(app, EnvironmentConfig.dev(), null, ApiSettings.forEnvironment(EnvironmentConfig.dev(), null),
                assets, ProviderSecrets.none(), true);
        Map<String, String> context = Map.of("githubClientId", "Iv1.abc123", "githubClientSecretArn", GITHUB_SECRET,
                "githubCallbackUrl", "https://debt.example.com/api/auth/github/callback", "openaiKeySecretArn", OPENAI_SECRET);
        prod = DebtOsApp.build(app, EnvironmentConfig.prod(), null,
                ApiSettings.forEnvironment(EnvironmentConfig.prod(), "https://debt.example.com"), assets,
                ProviderSecrets.fromContext(context::get), false);
        assembly = app.synth();
    }

    @SuppressWarnings("unchecked")
    private static Template template(Stack stack) {
        return Template.fromJSON((Map<String, Object>) assembly.getStackArtifact(stack.getArtifactId()).getTemplate());
    }

    @Test
    void theSchemaIsMigratedByACustomResourceBeforeTheFunctionsDeploy() {
        Template schema = template(dev.schema());
        schema.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "debt-os-dev-migrate",
                "Handler", "dev.debtos.worker.ops.SchemaMigrationHandler::handleRequest",
                "Runtime", "java25",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("DB_USERNAME", "debt_os", "DB_SSL", "true",
                        "DB_ADMIN_SECRET_ARN", Match.anyValue())))));
        schema.hasResourceProperties("Custom::DebtOsSchema", Map.of(
                "ApplicationLogin", "debt_os",
                "Changelog", Match.stringLikeRegexp("[0-9a-f]{64}")));
        assertThat(dev.api().getDependencies()).contains(dev.schema());
        assertThat(dev.worker().getDependencies()).contains(dev.schema());
    }

    @Test
    void theApplicationLoginReachesTheDatabaseWithIamEndToEnd() {
        Template data = template(dev.data());
        data.hasResourceProperties("AWS::RDS::DBProxy", Map.of(
                "DefaultAuthScheme", "IAM_AUTH", "RequireTLS", true));
        data.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
                "EnableIAMDatabaseAuthentication", true,
                "DBInstanceIdentifier", "debt-os-dev-postgres"));
        data.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Action", "rds-db:connect")))), "Version", "2012-10-17")));
    }

    @Test
    void backupsFollowTheGuideAndTheMasterSecretRotatesAndStays() {
        Template data = template(prod.data());
        data.hasResourceProperties("AWS::RDS::DBInstance", Map.of("BackupRetentionPeriod", 30));
        data.hasResourceProperties("AWS::ElastiCache::ServerlessCache", Map.of(
                "DailySnapshotTime", "04:00", "SnapshotRetentionLimit", 7));
        data.hasResourceProperties("AWS::SecretsManager::RotationSchedule", Map.of(
                "RotationRules", Match.objectLike(Map.of("ScheduleExpression", "rate(30 days)"))));
        data.allResources("AWS::SecretsManager::Secret", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void everyLogGroupTheStacksCreateOrCauseIsKeptSevenDays() {
        for (Stack stack : List.of(dev.network(), dev.data(), dev.schema(), dev.api(), dev.worker(), dev.monitoring())) {
            template(stack).allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 7));
        }
        template(dev.api()).hasResourceProperties("AWS::Logs::LogGroup", Map.of("LogGroupName", Map.of("Fn::Join",
                List.of("", List.of("API-Gateway-Execution-Logs_", Match.anyValue(), "/v1")))));
        template(dev.data()).hasResourceProperties("AWS::Logs::LogGroup",
                Map.of("LogGroupName", "/aws/rds/instance/debt-os-dev-postgres/postgresql"));
        template(dev.data()).hasResourceProperties("AWS::Logs::LogGroup", Map.of("LogGroupName", "/aws/lambda/debt-os-dev-rotate-master"));
        template(dev.monitoring()).hasResourceProperties("AWS::Logs::LogGroup", Map.of("LogGroupName", "/aws/lambda-insights"));
        template(prod.monitoring()).resourcePropertiesCountIs("AWS::Logs::LogGroup", Map.of("LogGroupName", "/aws/lambda-insights"), 0);
        template(dev.network()).hasResourceProperties("AWS::EC2::FlowLog", Map.of("TrafficType", "REJECT"));
    }

    @Test
    void theApiRefusesOldTlsIsBehindAWafAndValidatesRequiredBodies() {
        Template api = template(dev.api());
        api.hasResourceProperties("AWS::ApiGateway::RestApi", Map.of("SecurityPolicy", "TLS_1_2"));
        api.hasResourceProperties("AWS::WAFv2::WebACL", Map.of(
                "Scope", "REGIONAL",
                "Rules", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Name", "CommonRuleSet", "Statement", Map.of("ManagedRuleGroupStatement", Map.of(
                                "VendorName", "AWS", "Name", "AWSManagedRulesCommonRuleSet",
                                "RuleActionOverrides", List.of(Map.of("Name", "SizeRestrictions_BODY",
                                        "ActionToUse", Map.of("Count", Map.of()))))))),
                        Match.objectLike(Map.of("Name", "KnownBadInputs")),
                        Match.objectLike(Map.of("Name", "RatePerIp", "Statement", Map.of("RateBasedStatement", Map.of(
                                "AggregateKeyType", "IP", "EvaluationWindowSec", 60, "Limit", 3000))))))));
        api.resourceCountIs("AWS::WAFv2::WebACLAssociation", 1);
        api.hasResourceProperties("AWS::ApiGateway::RequestValidator", Map.of("ValidateRequestBody", true));
        long required = RoutesFile.read(FunctionAssets.locate().routesFile()).stream().filter(ApiRoute::bodyRequired)
                .filter(ProviderSecrets.none()::serves).count();
        api.resourcePropertiesCountIs("AWS::ApiGateway::Method", Map.of(
                "RequestValidatorId", Match.anyValue(),
                "RequestModels", Map.of("application/json", Match.anyValue())), (int) required);
        api.hasResourceProperties("AWS::ApiGateway::Stage", Map.of("MethodSettings", Match.arrayWith(List.of(
                Match.objectLike(Map.of("MetricsEnabled", false))))));
    }

    @Test
    void oauthRoutesAndProviderSecretsExistOnlyWhenConfigured() {
        Template devApi = template(dev.api());
        Template prodApi = template(prod.api());
        devApi.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("FunctionName", "debt-os-dev-api-getGithubLogin"), 0);
        devApi.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("FunctionName", "debt-os-dev-api-getGitlabLogin"), 0);
        prodApi.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "debt-os-prod-api-getGithubLogin",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "GITHUB_CLIENT_ID", "Iv1.abc123",
                        "GITHUB_CLIENT_SECRET_SECRET_ARN", GITHUB_SECRET,
                        "GITHUB_CALLBACK_URL", "https://debt.example.com/api/auth/github/callback",
                        "OPENAI_API_KEY_SECRET_ARN", OPENAI_SECRET)))));
        prodApi.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("FunctionName", "debt-os-prod-api-getGitlabLogin"), 0);
        prodApi.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Resource", GITHUB_SECRET)),
                Match.objectLike(Map.of("Resource", OPENAI_SECRET + "-??????")))), "Version", "2012-10-17")));
    }

    @Test
    void failureAlarmsCoverFunctionsJobsDatabaseProxyAndCache() {
        Template monitoring = template(dev.monitoring());
        for (String name : List.of("worker-failures", "job-lease-reaper-failures", "job-retention-failures",
                "job-scheduled-scans-failures", "job-dead-letters", "database-cpu", "database-free-storage",
                "database-free-memory", "proxy-saturation", "cache-ecpu", "cache-storage")) {
            monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", "debt-os-dev-" + name,
                    "AlarmActions", Match.anyValue()));
        }
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", "debt-os-dev-database-free-memory",
                "ComparisonOperator", "LessThanThreshold", "Threshold", 1024.0 * 1024 * 1024 / 10, "EvaluationPeriods", 3));
        template(prod.monitoring()).hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "debt-os-prod-database-free-memory", "Threshold", 8.0 * 1024 * 1024 * 1024 / 10));
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", "debt-os-dev-cache-ecpu",
                "Threshold", 240000, "EvaluationPeriods", 5));
        for (String group : List.of("api-function-errors", "api-function-throttles")) {
            monitoring.hasResourceProperties("AWS::CloudWatch::CompositeAlarm", Map.of("AlarmName", "debt-os-dev-" + group,
                    "AlarmActions", Match.anyValue(), "OKActions", Match.anyValue()));
        }
        int functions = dev.api().functions().size();
        int parts = (functions + FailureAlarms.METRICS_PER_ALARM - 1) / FailureAlarms.METRICS_PER_ALARM;
        // every API function is summed in exactly one part of each group; parts notify nobody
        monitoring.resourcePropertiesCountIs("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", Match.stringLikeRegexp("debt-os-dev-api-function-errors-part.*"), "AlarmActions", Match.absent()), parts);
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "debt-os-dev-api5xx-rate",
                "Metrics", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Expression", "IF(requests >= 100, 100 * errors / requests, 0)"))))));
        template(dev.worker()).hasResourceProperties("AWS::Events::Rule", Map.of("Targets", List.of(Match.objectLike(Map.of(
                "DeadLetterConfig", Map.of("Arn", Match.anyValue()), "RetryPolicy", Map.of("MaximumRetryAttempts", 2))))));
    }

    @Test
    void oneNatInDevAFreeS3EndpointAndNoManagedPoliciesOnFunctionRoles() {
        Template network = template(dev.network());
        network.resourceCountIs("AWS::EC2::NatGateway", 1);
        network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Gateway"));
        network.resourcePropertiesCountIs("AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Interface"), 0);
        template(dev.api()).hasResourceProperties("AWS::IAM::Role", Map.of(
                "Description", "Shared by the debt-os-dev API functions",
                "ManagedPolicyArns", List.of(Match.objectLike(Map.of()))));
    }
}
