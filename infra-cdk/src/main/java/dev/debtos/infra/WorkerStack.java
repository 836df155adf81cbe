package dev.debtos.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The scan worker ({@code ScanWorkerHandler}) on the scan queue, the embedding worker ({@code EmbeddingBatchHandler})
 * on the embedding queue, and the scheduled jobs ({@link ScheduledJob}).
 *
 * <p>The worker's timeout is {@link QueueStack#workerTimeout()}, the value the queue's visibility timeout was derived
 * from (6x), so a message never becomes visible again while its scan may still run. 3,538 MB gives a function two
 * vCPUs, the machine the scan benchmarks are measured on; 2 GB of /tmp holds a clone. No SnapStart here: init is
 * a fraction of a percent of a scan, and the scheduled jobs run warm every five minutes.
 *
 * <p>The embedding worker takes one batch (about 128 chunks, a few seconds of the model) per invocation, so a large
 * scan's batches fan out over up to the scan worker's concurrency of instances. It has SnapStart: loading the model is
 * its init's bulk and a large share of a short invocation, and the handler loads it during init, so the snapshot holds
 * it. SnapStart applies to published versions, so the event source mapping invokes the {@value #EMBEDDING_ALIAS}
 * alias.
 */
public final class WorkerStack extends Stack {

    public static final String WORKER_HANDLER = "dev.debtos.worker.ScanWorkerHandler::handleRequest";
    public static final String EMBEDDING_HANDLER = "dev.debtos.worker.embed.EmbeddingBatchHandler::handleRequest";
    public static final String EMBEDDING_ALIAS = "live";
    public static final int WORKER_MEMORY_MB = 3538;
    private static final int JOB_MEMORY_MB = 1024;

    private final Function scanWorker;
    private final Function embeddingWorker;
    private final Map<String, Function> jobs = new LinkedHashMap<>();
    private final Map<String, String> functionNames = new LinkedHashMap<>();
    private final Role role;
    private final NetworkStack network;
    private final FunctionAssets assets;
    static final String MODEL_CACHE_DIR = "/tmp/djl";

    private final Map<String, String> environment;
    private final Queue jobDeadLetters;

    /** @param corsOrigin the front end's origins (as the API has them): PR commit statuses link to the first one */
    public WorkerStack(Construct scope, String id, StackProps props, EnvironmentConfig env, WorkerSettings settings,
                       String corsOrigin, NetworkStack network, DataStack data, QueueStack queues, FunctionAssets assets,
                       ProviderSecrets providers) {
        super(scope, id, props);
        this.network = network;
        this.assets = assets;
        FunctionAccess access = new FunctionAccess(this, data, queues, corsOrigin, providers);
        // The embedding model's tokenizer unpacks its native library into DJL's cache, by default under the home
        // directory, which Lambda mounts read-only; /tmp is writable (and in the SnapStart snapshot, as init loads it).
        Map<String, String> variables = new LinkedHashMap<>(access.environment());
        variables.put("DJL_CACHE_DIR", MODEL_CACHE_DIR);
        // scans send their embedding batches here (the scan worker) and the embedding worker consumes them
        variables.put("EMBED_QUEUE_URL", queues.embeddingQueue().getQueueUrl());
        this.environment = java.util.Collections.unmodifiableMap(variables);
        this.role = FunctionRoles.inVpc(this, "FunctionRole", "Shared by the " + env.prefix() + " worker functions", env);
        access.grantTo(role);
        queues.embeddingQueue().grantSendMessages(role);
        // Where EventBridge puts a scheduled run it could not deliver after its retries (the function throttled,
        // failed or was missing): without it a failing lease reaper would be silent. Alarmed in MonitoringStack.
        this.jobDeadLetters = Queue.Builder.create(this, "JobDeadLetters")
                .queueName(env.prefix() + "-scheduled-jobs-dlq")
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        Nag.acknowledge(jobDeadLetters, "SQS3", "This queue is itself a dead-letter queue (of the jobs' EventBridge targets)");

        this.scanWorker = function("ScanWorker", env.prefix() + "-scan-worker", WORKER_HANDLER,
                "Runs queued scans (SQS, partial batch failure)", WORKER_MEMORY_MB, queues.workerTimeout(),
                settings.reservedConcurrency());
        scanWorker.addEventSource(SqsEventSource.Builder.create(queues.scanQueue())
                .batchSize(settings.batchSize())
                .reportBatchItemFailures(true)
                .maxConcurrency(settings.maxConcurrency())
                .build());

        this.embeddingWorker = function("EmbeddingWorker", env.prefix() + "-embedding-worker", EMBEDDING_HANDLER,
                "Embeds scans' embedding batches (SQS, partial batch failure)", WORKER_MEMORY_MB,
                queues.embeddingWorkerTimeout(), settings.reservedConcurrency(), true);
        Alias embeddingAlias = Alias.Builder.create(this, "EmbeddingWorkerAlias")
                .aliasName(EMBEDDING_ALIAS)
                .version(embeddingWorker.getCurrentVersion())
                .build();
        embeddingAlias.addEventSource(SqsEventSource.Builder.create(queues.embeddingQueue())
                .batchSize(1)
                .reportBatchItemFailures(true)
                .maxConcurrency(settings.maxConcurrency())
                .build());

        for (ScheduledJob job : ScheduledJob.all()) {
            Function function = function(job.id(), env.prefix() + "-" + kebab(job.id()), job.handler(),
                    job.description(), JOB_MEMORY_MB, job.timeout(), 1);
            Rule.Builder.create(this, job.id() + "Schedule")
                    .ruleName(env.prefix() + "-" + kebab(job.id()))
                    .description(job.description())
                    .schedule(job.schedule())
                    .targets(List.of(LambdaFunction.Builder.create(function)
                            .retryAttempts(2)
                            .deadLetterQueue(jobDeadLetters)
                            .build()))
                    .build();
            jobs.put(job.id(), function);
        }
    }

    /**
     * @param reserved reserved concurrency: the worker's cap, and 1 for a scheduled job (one run at a time;
     *                 EventBridge retries a throttled run)
     */
    private Function function(String id, String name, String handler, String description, int memoryMb,
                              Duration timeout, int reserved) {
        return function(id, name, handler, description, memoryMb, timeout, reserved, false);
    }

    private Function function(String id, String name, String handler, String description, int memoryMb,
                              Duration timeout, int reserved, boolean snapStart) {
        LogGroup logs = LogPolicy.functionLogs(this, id + "Logs", name);
        Function.Builder builder = Function.Builder.create(this, id);
        if (snapStart) {
            // SnapStart allows at most 512 MB of /tmp, Lambda's default: the embedding worker clones nothing
            builder.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
        } else {
            builder.ephemeralStorageSize(Size.mebibytes(2048));
        }
        Function function = builder
                .functionName(name)
                .description(description)
                .runtime(Runtime.JAVA_25)
                .architecture(Architecture.ARM_64)
                .handler(handler)
                .code(assets.workerCode())
                .memorySize(memoryMb)
                .timeout(timeout)
                .reservedConcurrentExecutions(reserved)
                .role(role)
                .vpc(network.vpc())
                .vpcSubnets(network.appSubnets())
                .securityGroups(List.of(network.lambdaSecurityGroup()))
                .environment(environment)
                .insightsVersion(LambdaInsights.VERSION)
                .logGroup(logs)
                .build();
        functionNames.put(id, name);
        return function;
    }

    private static String kebab(String pascal) {
        return pascal.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    public Function scanWorker() {
        return scanWorker;
    }

    public Function embeddingWorker() {
        return embeddingWorker;
    }

    /** Job id ({@link ScheduledJob#id()}) → its function. */
    public Map<String, Function> jobs() {
        return jobs;
    }

    /** Dead letters of the scheduled jobs' EventBridge targets. */
    public IQueue jobDeadLetters() {
        return jobDeadLetters;
    }

    /** Alarm label → function name, for the guide's memory alarms. */
    public Map<String, String> insightsFunctions() {
        return functionNames;
    }
}
