package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** ApiStack and WorkerStack of the dev environment, against the route table in routes.json. */
class ComputeStacksTest {

    private static final String INVOKER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";
    private static Template api;
    private static Template worker;
    private static Template queue;
    /** Read here with a plain JSON parser, independently of {@link RoutesFile}: method, path, function, package. */
    private static final List<String[]> ROUTES = new ArrayList<>();

    @BeforeAll
    static void synthesize() throws Exception {
        FunctionAssets assets = FunctionAssets.locate();
        for (JsonNode row : new ObjectMapper().readTree(Files.readString(assets.routesFile())).get("routes")) {
            // no GitHub or GitLab sign-in is configured here, so their OAuth routes are not deployed
            if (row.get("path").asText().matches("/api/auth/(github|gitlab)(/.*)?")) {
                continue;
            }
            ROUTES.add(new String[] {row.get("method").asText(), row.get("path").asText(), row.get("function").asText(),
                    row.get("package").asText()});
        }
        DebtOsApp.Foundation dev = DebtOsApp.build(DebtOsApp.newApp(), EnvironmentConfig.dev(), null);
        api = Template.fromStack(dev.api());
        worker = Template.fromStack(dev.worker());
        queue = Template.fromStack(dev.queues());
    }

    @Test
    void oneFunctionPerRouteEachServingItsDefinition() {
        assertThat(ROUTES).hasSizeGreaterThanOrEqualTo(10);
        api.resourcePropertiesCountIs("AWS::Lambda::Function", Match.objectLike(Map.of("Handler", INVOKER)), ROUTES.size());
        api.resourceCountIs("AWS::Lambda::Function", ROUTES.size());
        for (String[] route : ROUTES) {
            api.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "debt-os-dev-api-" + route[2],
                    "Description", route[0] + " " + route[1],
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "SPRING_CLOUD_FUNCTION_DEFINITION", route[2],
                            "MAIN_CLASS", route[3].equals("search") ? "dev.debtos.search.SearchFunctions"
                                    : "dev.debtos.api.ApiFunctions")))));
        }
    }

    @Test
    void onlyTheTextSearchRouteRunsFromTheSearchPackageWithTheModelLoadedDuringInit() {
        assertThat(ROUTES.stream().filter(route -> route[3].equals("search")).map(route -> route[2]))
                .containsExactly("postEmbeddingSearch");
        api.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "debt-os-dev-api-postEmbeddingSearch", "MemorySize", 2048,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "MAIN_CLASS", "dev.debtos.search.SearchFunctions", "DJL_CACHE_DIR", "/tmp/djl")))));
        // the item's neighbours compare stored vectors: no model, so the plain package
        api.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "debt-os-dev-api-getSimilarDebt", "MemorySize", 1024,
                "Environment", Map.of("Variables", Match.objectLike(Map.of("MAIN_CLASS", "dev.debtos.api.ApiFunctions")))));
        api.resourcePropertiesCountIs("AWS::Lambda::Function", Match.objectLike(Map.of("Environment",
                Map.of("Variables", Match.objectLike(Map.of("DJL_CACHE_DIR", Match.anyValue()))))), 1);
    }

    @Test
    void apiFunctionsRunJava25OnArm64WithSnapStartBehindALiveAlias() {
        api.resourcePropertiesCountIs("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java25", "Architectures", List.of("arm64"), "Timeout", 10,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"))), ROUTES.size());
        api.resourcePropertiesCountIs("AWS::Lambda::Function", Match.objectLike(Map.of("MemorySize", 1024)),
                ROUTES.size() - 1);
        api.resourceCountIs("AWS::Lambda::Version", ROUTES.size());
        api.resourcePropertiesCountIs("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", "live")), ROUTES.size());
    }

    @Test
    void functionsReachTheDataByIamAndReadSecretsByArnOnly() {
        Map<String, Object> variables = Map.of(
                "DEBT_OS_PROFILE", "aws", "DB_IAM_AUTH", "true", "DB_SSL", "true", "REDIS_TLS", "true",
                "JWT_SECRET_SECRET_ARN", Match.anyValue(), "DATA_ENCRYPTION_KEY_SECRET_ARN", Match.anyValue(),
                "DB_PASSWORD", Match.absent(), "JWT_SECRET", Match.absent(), "DATA_ENCRYPTION_KEY", Match.absent());
        for (Template template : List.of(api, worker)) {
            int functions = template.findResources("AWS::Lambda::Function").size();
            template.resourcePropertiesCountIs("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Environment", Map.of("Variables", Match.objectLike(variables)),
                    "VpcConfig", Match.objectLike(Map.of("SecurityGroupIds", Match.anyValue(), "SubnetIds", Match.anyValue())))),
                    functions);
            Object connect = Match.objectLike(Map.of("Action", "rds-db:connect", "Effect", "Allow"));
            template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of(
                    "Statement", Match.arrayWith(List.of(connect)), "Version", Match.anyValue())));
        }
    }

    @Test
    void oneRestMethodPerRouteIntegratedWithTheAlias() {
        api.resourceCountIs("AWS::ApiGateway::RestApi", 1);
        api.hasResourceProperties("AWS::ApiGateway::RestApi", Map.of("Name", "debt-os-dev-api"));
        api.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "Integration", Match.objectLike(Map.of("Type", "AWS_PROXY")))), ROUTES.size());
        for (String[] route : ROUTES) {
            api.hasResourceProperties("AWS::ApiGateway::Method", Map.of(
                    "HttpMethod", route[0],
                    "Integration", Match.objectLike(Map.of("Type", "AWS_PROXY", "IntegrationHttpMethod", "POST"))));
        }
    }

    @Test
    void stageThrottlesAndWritesJsonAccessLogsAndCorsComesFromConfig() {
        api.hasResourceProperties("AWS::ApiGateway::Stage", Map.of(
                "StageName", "v1",
                "AccessLogSetting", Match.objectLike(Map.of("DestinationArn", Match.anyValue())),
                "MethodSettings", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100, "DataTraceEnabled", false))))));
        Object preflight = Match.objectLike(Map.of("Type", "MOCK"));
        api.hasResourceProperties("AWS::ApiGateway::Method", Map.of("HttpMethod", "OPTIONS", "Integration", preflight));
        api.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(
                "CORS_ORIGIN", "http://localhost:3000,http://localhost:5173", "FRONTEND_URL", "http://localhost:3000")))));
    }

    @Test
    void scanWorkerTimeoutIsASixthOfTheQueueVisibility() {
        worker.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "debt-os-dev-scan-worker",
                "Handler", "dev.debtos.worker.ScanWorkerHandler::handleRequest",
                "Runtime", "java25", "Architectures", List.of("arm64"),
                "Timeout", 900, "MemorySize", 3538, "ReservedConcurrentExecutions", 5));
        queue.hasResourceProperties("AWS::SQS::Queue", Map.of("QueueName", "debt-os-dev-scans", "VisibilityTimeout", 6 * 900));
        // PR commit statuses link to the front end
        worker.hasResourceProperties("AWS::Lambda::Function", Map.of("FunctionName", "debt-os-dev-scan-worker",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("FRONTEND_URL", "http://localhost:3000")))));
        // the embedding model's tokenizer unpacks its native library where Lambda can write
        worker.hasResourceProperties("AWS::Lambda::Function", Map.of("FunctionName", "debt-os-dev-scan-worker",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("DJL_CACHE_DIR", "/tmp/djl")))));
    }

    @Test
    void scanWorkerConsumesTheQueueWithPartialBatchFailure() {
        worker.resourceCountIs("AWS::Lambda::EventSourceMapping", 2);
        worker.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "BatchSize", 1,
                "FunctionName", Map.of("Ref", Match.stringLikeRegexp("ScanWorker.*")),
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "ScalingConfig", Map.of("MaximumConcurrency", 5),
                "EventSourceArn", Map.of("Fn::ImportValue", Match.anyValue())));
    }

    @Test
    void embeddingWorkerTakesOneBatchPerInvocationFromItsQueueThroughItsSnapStartAlias() {
        worker.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "debt-os-dev-embedding-worker",
                "Handler", "dev.debtos.worker.embed.EmbeddingBatchHandler::handleRequest",
                "Runtime", "java25", "Architectures", List.of("arm64"),
                "Timeout", 300, "MemorySize", 3538, "ReservedConcurrentExecutions", 5,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "Environment", Map.of("Variables", Match.objectLike(Map.of("DJL_CACHE_DIR", "/tmp/djl")))));
        worker.hasResourceProperties("AWS::Lambda::Alias", Map.of("Name", "live"));
        worker.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "BatchSize", 1,
                "FunctionName", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(":live")))), // the alias's ARN
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "ScalingConfig", Map.of("MaximumConcurrency", 5)));
        // its queue: visibility six times its timeout, dead letters after three receives
        queue.hasResourceProperties("AWS::SQS::Queue", Map.of("QueueName", "debt-os-dev-embeddings",
                "VisibilityTimeout", 6 * 300, "RedrivePolicy", Match.objectLike(Map.of("maxReceiveCount", 3))));
        queue.hasResourceProperties("AWS::SQS::Queue", Map.of("QueueName", "debt-os-dev-embeddings-dlq",
                "MessageRetentionPeriod", 1209600));
        // scans send their batches to it
        worker.hasResourceProperties("AWS::Lambda::Function", Map.of("FunctionName", "debt-os-dev-scan-worker",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("EMBED_QUEUE_URL",
                        Map.of("Fn::ImportValue", Match.anyValue()))))));
    }

    @Test
    void scheduledJobsRunOnTheirSchedulesOneAtATime() {
        Map<String, String> expected = Map.of(
                "dev.debtos.worker.ops.LeaseReaperHandler::handleRequest", "rate(1 minute)",
                "dev.debtos.worker.ops.ScheduledScansHandler::handleRequest", "rate(5 minutes)",
                "dev.debtos.worker.ops.RetentionHandler::handleRequest", "cron(17 3 * * ? *)");
        worker.resourceCountIs("AWS::Events::Rule", expected.size());
        expected.forEach((handler, schedule) -> {
            worker.hasResourceProperties("AWS::Lambda::Function", Map.of("Handler", handler, "ReservedConcurrentExecutions", 1));
            worker.hasResourceProperties("AWS::Events::Rule", Map.of("ScheduleExpression", schedule, "State", "ENABLED",
                    "Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Fn::GetAtt", List.of(Match.anyValue(), "Arn")),
                            "RetryPolicy", Map.of("MaximumRetryAttempts", 2))))));
        });
        worker.resourcePropertiesCountIs("AWS::Events::Rule",
                Match.objectLike(Map.of("ScheduleExpression", "rate(5 minutes)")), 1);
    }
}
