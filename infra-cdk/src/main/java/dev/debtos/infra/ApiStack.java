package dev.debtos.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.CorsOptions;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
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

    private final RestApi api;
    private final Map<String, ApiFunctionConstruct> functions = new LinkedHashMap<>();

    public ApiStack(Construct scope, String id, StackProps props, EnvironmentConfig env, ApiSettings settings,
                    NetworkStack network, DataStack data, QueueStack queues, FunctionAssets assets) {
        super(scope, id, props);
        List<ApiRoute> routes = RoutesFile.read(assets.routesFile());
        FunctionAccess access = new FunctionAccess(data, queues, settings.corsOriginVariable());
        Role role = Role.Builder.create(this, "FunctionRole")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Shared by the " + env.prefix() + " API functions")
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaVPCAccessExecutionRole")))
                .build();
        access.grantTo(role);

        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(env.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
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
                        .metricsEnabled(true)
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

        for (ApiRoute route : routes) {
            ApiFunctionConstruct function = new ApiFunctionConstruct(this, route.pascalName(), ApiFunctionProps.builder()
                    .route(route)
                    .functionName(env.prefix() + "-api-" + route.function())
                    .code(assets.apiCode())
                    .role(role)
                    .vpc(network.vpc())
                    .subnets(network.appSubnets())
                    .securityGroup(network.lambdaSecurityGroup())
                    .environment(access.environment())
                    .build());
            api.getRoot().resourceForPath(route.path()).addMethod(route.method(),
                    // No test-invoke permission: one Lambda permission per route instead of two (500-resource limit).
                    LambdaIntegration.Builder.create(function.alias()).allowTestInvoke(false).build());
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
