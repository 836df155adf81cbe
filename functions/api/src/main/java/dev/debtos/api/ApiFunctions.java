package dev.debtos.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.health.GetDatabaseHealthHandler;
import dev.debtos.api.health.GetHealthHandler;
import dev.debtos.api.health.GetRedisHealthHandler;
import dev.debtos.api.http.ApiFunction;
import dev.debtos.api.http.CorsPolicy;
import dev.debtos.api.openapi.GetOpenApiHandler;
import dev.debtos.api.route.RouteTable;
import dev.debtos.platform.config.AppConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Every API function, wired by hand and registered with Spring Cloud Function without classpath scanning.
 *
 * <p>In Lambda the AWS adapter's {@code FunctionInvoker} finds this class through {@code MAIN_CLASS}, starts a
 * {@code FunctionalSpringApplication} with it (no auto-configuration scan) and serves the function named by
 * {@code spring.cloud.function.definition}: one per route (see {@link RouteTable}), plus {@value #ROUTER} which
 * dispatches any path through the route table (the local runtime's entry point).
 */
public final class ApiFunctions implements ApplicationContextInitializer<GenericApplicationContext> {
    public static final String ROUTER = "router";

    private final RouteTable routes;
    private final Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> functions;

    /** For the AWS adapter: configuration from the environment (and Secrets Manager), clients connecting lazily. */
    public ApiFunctions() {
        this(ApiDependencies.connectLazily(AppConfig.fromEnvironment()));
    }

    public ApiFunctions(ApiDependencies dependencies) {
        this.routes = RouteTable.standard();
        CorsPolicy cors = new CorsPolicy(dependencies.config().corsOrigins());
        Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers = new LinkedHashMap<>();
        handlers.put("getHealth", new GetHealthHandler());
        handlers.put("getDatabaseHealth", new GetDatabaseHealthHandler(dependencies.database()));
        handlers.put("getRedisHealth", new GetRedisHealthHandler(dependencies.redis()));
        handlers.put("getOpenApi", new GetOpenApiHandler(routes));
        Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> wrapped = new LinkedHashMap<>();
        handlers.forEach((name, handler) -> wrapped.put(name, new ApiFunction(handler, cors)));
        wrapped.put(ROUTER, new ApiFunction(new ApiRouter(routes, handlers, cors), cors));
        this.functions = Map.copyOf(wrapped);
    }

    public RouteTable routes() {
        return routes;
    }

    /** Function names: one per route plus {@value #ROUTER}. */
    public java.util.Set<String> names() {
        return functions.keySet();
    }

    public Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function(String name) {
        var function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException("no API function named " + name);
        }
        return function;
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        functions.forEach((name, function) -> context.registerBean(name, FunctionRegistration.class,
                () -> new FunctionRegistration<>(function, name)
                        .type(FunctionTypeUtils.functionType(APIGatewayProxyRequestEvent.class, APIGatewayProxyResponseEvent.class))));
    }
}
