package dev.debtos.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The CDK app: {@code cdk synth -c env=dev} (or {@code prod}) builds DEBT-OS for that environment in
 * the account and region of {@code CDK_DEFAULT_ACCOUNT} / {@code CDK_DEFAULT_REGION} (environment-agnostic stacks
 * when they are unset). Optional context: {@code -c alarmEmail=ops@example.com},
 * {@code -c corsOrigin=https://app.example.com}.
 */
public final class DebtOsApp {

    private DebtOsApp() {
    }

    public static void main(String[] args) {
        App app = newApp();
        EnvironmentConfig config = EnvironmentConfig.forName(context(app, "env", "dev"))
                .withAlarmEmail(context(app, "alarmEmail", null));
        FunctionAssets assets = FunctionAssets.locate();
        Foundation stacks = build(app, config, awsEnvironment(), ApiSettings.forEnvironment(config, context(app, "corsOrigin", null)),
                assets, ProviderSecrets.fromContext(key -> context(app, key, null)),
                !"false".equals(context(app, "accountLogGroups", "true")));
        for (String module : new String[] {"functions/api", "functions/search", "functions/worker"}) {
            if (assets.isPlaceholder(module)) {
                Annotations.of(module.endsWith("worker") ? stacks.worker() : stacks.api()).addWarning(module
                        + "/target/*-lambda.jar is missing: the functions carry a placeholder asset; do not deploy this"
                        + " assembly (build the jars: scripts/build-lambdas)");
            }
        }
        if (stacks.web().isPlaceholder()) {
            Annotations.of(stacks.web()).addWarning("web/dist is missing: the dashboard bucket gets a placeholder; do not deploy"
                    + " this assembly (build it: cd web && npm ci && npm run build, or mvn package)");
        }
        app.synth();
    }

    /**
     * An app with the feature flags this project decided, set in code so that tests and {@code cdk deploy}
     * synthesize the same templates (a cdk.json context block would reach only the latter).
     */
    public static App newApp() {
        return new App(AppProps.builder().context(Map.of(
                // Only cross-region references depend on it (ours are same-region Fn::ImportValue either way);
                // stating today's default keeps synthesis free of the "unconfigured" warning and the behaviour fixed.
                "@aws-cdk/core:defaultCrossStackReferences", "strong")).build());
    }

    /** The stacks of one environment with the default API settings and the checkout's assets (tests). */
    public static Foundation build(App app, EnvironmentConfig config, Environment aws) {
        return build(app, config, aws, ApiSettings.forEnvironment(config, null), FunctionAssets.locate());
    }

    /** The stacks of one environment with no outside services' secrets configured. */
    public static Foundation build(App app, EnvironmentConfig config, Environment aws, ApiSettings apiSettings,
                                   FunctionAssets assets) {
        return build(app, config, aws, apiSettings, assets, ProviderSecrets.none(), true);
    }

    /**
     * The stacks of one environment, each handed the ones it reads.
     *
     * @param providers        OAuth applications and LLM keys, by secret ARN (context)
     * @param accountLogGroups whether this environment creates the account's shared log groups (Lambda Insights'
     *                         {@code /aws/lambda-insights}); when dev and prod share an account, one of them must
     *                         pass false ({@code -c accountLogGroups=false})
     */
    public static Foundation build(App app, EnvironmentConfig config, Environment aws, ApiSettings apiSettings,
                                   FunctionAssets assets, ProviderSecrets providers, boolean accountLogGroups) {
        NetworkStack network = new NetworkStack(app, stackId(config, "Network"),
                props(config, aws, "Network", "VPC, subnets and security groups"), config);
        DataStack data = new DataStack(app, stackId(config, "Data"),
                props(config, aws, "Data", "PostgreSQL behind RDS Proxy, Redis"), config, network);
        QueueStack queues = new QueueStack(app, stackId(config, "Queue"),
                props(config, aws, "Queue", "SQS scan queue and dead-letter queue"), config);

        SchemaStack schema = new SchemaStack(app, stackId(config, "Schema"),
                props(config, aws, "Schema", "Database login, extension and migrations, on every deploy"), config,
                network, data, assets);

        // Compute stacks take network, data and queues, then hand monitoring what to watch: the REST API's name
        // and every function running Lambda Insights. They deploy after the schema they expect.
        ApiStack api = new ApiStack(app, stackId(config, "Api"),
                props(config, aws, "Api", "REST API, one Lambda per route"), config, apiSettings, network, data, queues,
                assets, providers);
        WorkerStack worker = new WorkerStack(app, stackId(config, "Worker"),
                props(config, aws, "Worker", "Scan worker on the scan queue, scheduled jobs"), config,
                WorkerSettings.forEnvironment(config), apiSettings.corsOriginVariable(), network, data, queues, assets,
                providers);
        api.addStackDependency(schema, "functions expect the schema the deploy migrates");
        worker.addStackDependency(schema, "functions expect the schema the deploy migrates");
        WebStack web = new WebStack(app, stackId(config, "Web"),
                props(config, aws, "Web", "Dashboard: private S3 behind CloudFront, /api/* to the REST API"), config, api.api(),
                WebSite.locate(assets.root()));
        Map<String, String> watched = new LinkedHashMap<>(worker.insightsFunctions());
        watched.putAll(api.insightsFunctions());
        MonitoringStack.ComputeTargets compute = new MonitoringStack.ComputeTargets(
                Optional.of(api.api().getRestApiName()), watched);

        Map<String, String> jobs = new LinkedHashMap<>();
        worker.jobs().forEach((job, function) -> jobs.put(job, worker.insightsFunctions().get(job)));
        FailureAlarms.Targets failures = new FailureAlarms.Targets(
                api.functions().values().stream().map(ApiFunctionConstruct::functionName).toList(),
                Optional.of(worker.insightsFunctions().get("ScanWorker")), jobs, Optional.of(worker.jobDeadLetters()),
                data.databaseInstanceId(), config.databaseInstanceType(), config.prefix() + "-proxy",
                data.redis().cacheName(), data.redis().maxEcpuPerSecond(), data.redis().maxDataStorageGb());

        MonitoringStack monitoring = new MonitoringStack(app, stackId(config, "Monitoring"),
                props(config, aws, "Monitoring", "Alarms from the operations guide, SNS topic, dashboard"),
                config, queues, data, compute, failures);
        if (accountLogGroups) {
            // The Lambda Insights extension writes every function's performance events here, and would create it
            // without expiry.
            LogPolicy.logGroup(monitoring, "LambdaInsightsLogs", "/aws/lambda-insights");
        }
        for (Stack stack : new Stack[] {network, data, queues, schema, api, worker, monitoring, web}) {
            Tags.of(stack).add("project", "debt-os");
            Tags.of(stack).add("environment", config.name());
        }
        return new Foundation(network, data, queues, schema, api, worker, monitoring, web);
    }

    private static String stackId(EnvironmentConfig config, String part) {
        return "DebtOs-" + config.name() + "-" + part;
    }

    private static StackProps props(EnvironmentConfig config, Environment aws, String part, String description) {
        return StackProps.builder()
                .env(aws)
                .description("DEBT-OS " + config.name() + ": " + description)
                // Termination protection where data lives, in environments that keep data.
                .terminationProtection(config.retainData() && part.equals("Data"))
                .build();
    }

    private static Environment awsEnvironment() {
        String account = System.getenv("CDK_DEFAULT_ACCOUNT");
        String region = System.getenv("CDK_DEFAULT_REGION");
        if (account == null || account.isBlank() || region == null || region.isBlank()) {
            return null;
        }
        return Environment.builder().account(account).region(region).build();
    }

    private static String context(App app, String key, String fallback) {
        Object value = app.getNode().tryGetContext(key);
        return value == null ? fallback : value.toString();
    }

    /** The foundation's stacks, for the compute stacks and for tests. */
    public record Foundation(NetworkStack network, DataStack data, QueueStack queues, SchemaStack schema, ApiStack api,
                             WorkerStack worker, MonitoringStack monitoring, WebStack web) {
    }
}
