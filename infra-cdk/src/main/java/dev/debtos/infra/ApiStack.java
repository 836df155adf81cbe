package dev.debtos.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.CfnRestApi;
import software.amazon.awscdk.services.apigateway.JsonSchema;
import software.amazon.awscdk.services.apigateway.JsonSchemaType;
import software.amazon.awscdk.services.apigateway.JsonSchemaVersion;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.Model;
import software.amazon.awscdk.services.apigateway.ModelOptions;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RequestValidatorOptions;
import software.amazon.awscdk.services.apigateway.CorsOptions;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The REST API: one {@link ApiFunctionConstruct} per row of {@code routes.json} and one API Gateway method per
 * route integrated with that function's alias. Routes are read as data ({@link RoutesFile}), so a route added to
 * the API's {@code RouteTable} is deployed by the next synth.
 *
 * <p>A REST API rather than an HTTP API: the guide's 5xx-rate and p95 alarms are written against
 * {@code AWS/ApiGateway} metrics by {@code ApiName}, which only REST APIs publish; REST stages also give per-stage
 * throttling, JSON access logs and request validation. Stage {@value #STAGE}: {@code https://…/v1/api/health}.
 */
public final class ApiStack extends Stack {

    public static final String STAGE = "v1";
    /** Legacy policy name API Gateway takes for "TLS 1.2 and newer" on the execute-api endpoint. */
    public static final String TLS_POLICY = "TLS_1_2";

    private final RestApi api;
    private final Map<String, ApiFunctionConstruct> functions = new LinkedHashMap<>();

    public ApiStack(Construct scope, String id, StackProps props, EnvironmentConfig env, ApiSettings settings,
                    NetworkStack network, DataStack data, QueueStack queues, FunctionAssets assets,
                    ProviderSecrets providers) {
        super(scope, id, props);
        // A sign-in whose OAuth application is not configured is not deployed at all (no route answering 404).
        List<ApiRoute> routes = RoutesFile.read(assets.routesFile()).stream().filter(providers::serves).toList();
        FunctionAccess access = new FunctionAccess(this, data, queues, settings.corsOriginVariable(), providers);
        Role role = FunctionRoles.inVpc(this, "FunctionRole", "Shared by the " + env.prefix() + " API functions", env);
        access.grantTo(role);

        LogGroup accessLogs = LogPolicy.logGroup(this, "AccessLogs", null);
        RestApi.Builder builder = RestApi.Builder.create(this, "RestApi")
                .restApiName(env.prefix() + "-api")
                .description("DEBT-OS " + env.name() + " REST API, one Lambda per route")
                .endpointTypes(List.of(EndpointType.REGIONAL))
                // Access logs need the account-level API Gateway CloudWatch role; CDK creates it with the API.
                .cloudWatchRole(true)
                .deployOptions(StageOptions.builder()
                        .stageName(STAGE)
                        .throttlingRateLimit(settings.rateLimit())
                        .throttlingBurstLimit(settings.burstLimit())
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields())
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .dataTraceEnabled(false) // would log request bodies and headers: credentials
                        // Per-method metrics cost per method and no alarm reads them: the guide's alarms use the
                        // API-wide metrics, which API Gateway publishes anyway.
                        .metricsEnabled(false)
                        .build());
        if (!settings.corsOrigins().isEmpty()) {
            builder.defaultCorsPreflightOptions(CorsOptions.builder()
                    .allowOrigins(settings.corsOrigins())
                    .allowMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"))
                    .allowHeaders(List.of("Authorization", "Content-Type", "X-API-Key", "X-Request-Id"))
                    .allowCredentials(false)
                    .build());
        }
        this.api = builder.build();
        CfnRestApi cfnApi = (CfnRestApi) api.getNode().getDefaultChild();
        cfnApi.setSecurityPolicy(TLS_POLICY);
        // API Gateway creates the execution log group on first use, without expiry: create it first, with it.
        LogGroup executionLogs = LogPolicy.logGroup(this, "ExecutionLogs",
                "API-Gateway-Execution-Logs_" + api.getRestApiId() + "/" + STAGE);
        api.getDeploymentStage().getNode().addDependency(executionLogs);

        // Request validation where the route table knows the body: a required body must be a JSON object. Other
        // content types pass to the function, which answers them itself (415 / problem+json).
        RequestValidator bodyValidator = api.addRequestValidator("BodyValidator", RequestValidatorOptions.builder()
                .requestValidatorName("json-object-body")
                .validateRequestBody(true)
                .validateRequestParameters(true)
                .build());
        Model jsonObject = api.addModel("JsonObject", ModelOptions.builder()
                .modelName("JsonObject")
                .contentType("application/json")
                .schema(JsonSchema.builder().schema(JsonSchemaVersion.DRAFT4).type(JsonSchemaType.OBJECT).build())
                .build());
        new ApiFirewall(this, "Firewall", env, api.getDeploymentStage());
        Nag.acknowledge(this, "APIG4", "Authentication is inside the functions by design (API keys, bearer tokens,"
                + " webhook signatures, public health and sign-in routes); the WAF filters traffic before Lambda");
        Nag.acknowledge(this, "COG4", "No Cognito: DEBT-OS issues its own tokens after GitHub/GitLab sign-in");
        Nag.acknowledge(api, "IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]",
                "The account's API Gateway logging role, created by CDK as AWS documents it");

        for (ApiRoute route : routes) {
            ApiFunctionConstruct function = new ApiFunctionConstruct(this, route.pascalName(), ApiFunctionProps.builder()
                    .route(route)
                    .functionName(env.prefix() + "-api-" + route.function())
                    .code(route.carriesModel() ? assets.searchCode() : assets.apiCode())
                    .memoryMb(route.carriesModel() ? ApiFunctionProps.SEARCH_MEMORY_MB : ApiFunctionProps.DEFAULT_MEMORY_MB)
                    .role(role)
                    .vpc(network.vpc())
                    .subnets(network.appSubnets())
                    .securityGroup(network.lambdaSecurityGroup())
                    .environment(access.environment())
                    .build());
            MethodOptions.Builder options = MethodOptions.builder();
            if (route.bodyRequired()) {
                options.requestValidator(bodyValidator).requestModels(Map.of("application/json", jsonObject));
            }
            api.getRoot().resourceForPath(route.path()).addMethod(route.method(),
                    // No test-invoke permission: one Lambda permission per route instead of two (500-resource limit).
                    LambdaIntegration.Builder.create(function.alias()).allowTestInvoke(false).build(), options.build());
            functions.put(route.function(), function);
        }
        CfnOutput.Builder.create(this, "ApiUrl").value(api.getUrl()).description("REST API base URL (stage " + STAGE + ")").build();
    }

    public RestApi api() {
        return api;
    }

    /** Route function name → its construct, in route-table order. */
    public Map<String, ApiFunctionConstruct> functions() {
        return functions;
    }

    /** Alarm label → function name for the guide's memory alarms, e.g. {@code ApiGetHealth}. */
    public Map<String, String> insightsFunctions() {
        Map<String, String> watched = new LinkedHashMap<>();
        functions.forEach((name, construct) -> watched.put("Api" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                construct.functionName()));
        return watched;
    }
}
