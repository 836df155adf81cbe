package dev.debtos.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * One API route's Lambda: Spring Cloud Function's AWS adapter ({@value #HANDLER}) over the API module's jar, serving
 * the route's function ({@code SPRING_CLOUD_FUNCTION_DEFINITION}) from {@code dev.debtos.api.ApiFunctions}
 * ({@code MAIN_CLASS}), which registers every function by hand.
 *
 * <p>Java 25 on arm64 (Graviton: about a fifth cheaper per GB-second, and the JVM starts as fast). SnapStart on
 * published versions: CDK publishes a version whenever code or configuration changes and the {@value #ALIAS} alias
 * follows it; API Gateway invokes the alias, never {@code $LATEST}, because SnapStart applies to versions only.
 * The functions open no socket during init ({@code ApiDependencies}, {@code OnFirstUse}), so nothing stale is
 * snapshotted. Lambda Insights publishes the memory utilisation the guide's memory alarm needs.
 *
 * <p>A route of the search package ({@link ApiRoute#carriesModel()}) runs {@value #SEARCH_MAIN_CLASS} from the search
 * jar, which loads the embedding model during init, so the SnapStart snapshot holds it.
 */
public final class ApiFunctionConstruct extends Construct {

    public static final String HANDLER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";
    public static final String MAIN_CLASS = "dev.debtos.api.ApiFunctions";
    /** The search package's main class: the same functions, with the embedding model loaded during init. */
    public static final String SEARCH_MAIN_CLASS = "dev.debtos.search.SearchFunctions";
    public static final String MAIN_CLASS_VARIABLE = "MAIN_CLASS";
    public static final String DEFINITION_VARIABLE = "SPRING_CLOUD_FUNCTION_DEFINITION";
    public static final String ALIAS = "live";
    /**
     * C1 only: a request handler is short-lived code where C2's compile time never pays back (AWS's own advice for
     * Java functions); it also shortens the init phase SnapStart snapshots. See functions/api/README.md.
     */
    public static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    private final String functionName;
    private final Function function;
    private final Alias alias;

    public ApiFunctionConstruct(Construct scope, String id, ApiFunctionProps props) {
        super(scope, id);
        ApiRoute route = props.route();
        this.functionName = props.functionName();
        Map<String, String> environment = new LinkedHashMap<>(props.environment());
        environment.putIfAbsent("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        environment.put(MAIN_CLASS_VARIABLE, route.carriesModel() ? SEARCH_MAIN_CLASS : MAIN_CLASS);
        if (route.carriesModel()) {
            // the tokenizer unpacks its native library into DJL's cache: /tmp is Lambda's writable directory
            environment.put("DJL_CACHE_DIR", WorkerStack.MODEL_CACHE_DIR);
        }
        environment.put(DEFINITION_VARIABLE, route.function());

        LogGroup logs = LogPolicy.functionLogs(this, "Logs", props.functionName());
        this.function = Function.Builder.create(this, "Function")
                .functionName(props.functionName())
                .description(route.method() + " " + route.path())
                .runtime(Runtime.JAVA_25)
                .architecture(Architecture.ARM_64)
                .handler(HANDLER)
                .code(props.code())
                .memorySize(props.memoryMb())
                .timeout(Duration.seconds(props.timeoutSeconds()))
                .role(props.role())
                .vpc(props.vpc())
                .vpcSubnets(props.subnets())
                .securityGroups(List.of(props.securityGroup()))
                .environment(environment)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .insightsVersion(LambdaInsights.VERSION)
                .logGroup(logs)
                .build();
        this.alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
    }

    public Function function() {
        return function;
    }

    /** The physical name, as a plain string (no cross-stack export needed to alarm on it). */
    public String functionName() {
        return functionName;
    }

    /** What API Gateway invokes: the published, SnapStart-enabled version. */
    public Alias alias() {
        return alias;
    }
}
