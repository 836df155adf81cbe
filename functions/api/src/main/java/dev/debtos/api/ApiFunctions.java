package dev.debtos.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiFunction;
import dev.debtos.api.http.CorsPolicy;
import dev.debtos.api.route.RouteTable;
import dev.debtos.api.apikeys.ApiKeyApi;
import dev.debtos.api.audit.AuditApi;
import dev.debtos.api.auth.OAuthApi;
import dev.debtos.api.auth.SessionApi;
import dev.debtos.api.debt.DebtApi;
import dev.debtos.api.embeddings.EmbeddingApi;
import dev.debtos.api.health.HealthApi;
import dev.debtos.api.openapi.OpenApiApi;
import dev.debtos.api.repos.RepositoryApi;
import dev.debtos.api.scans.ScanApi;
import dev.debtos.api.webhooks.WebhookApi;
import dev.debtos.api.security.ApiSecurity;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.api.security.RouteGuard;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.ApiKeyService;
import dev.debtos.platform.auth.ApiKeyStore;
import dev.debtos.platform.auth.Authenticator;
import dev.debtos.platform.auth.JwtService;
import dev.debtos.platform.auth.TokenRevocations;
import dev.debtos.platform.auth.UserStore;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.redis.RateLimiter;
import java.time.Clock;
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
    private final ApiServices services;
    private final Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> functions;

    /** For the AWS adapter: configuration from the environment (and Secrets Manager), clients connecting lazily. */
    public ApiFunctions() {
        this(ApiDependencies.connectLazily(AppConfig.fromEnvironment()));
    }

    public ApiFunctions(ApiDependencies dependencies) {
        this.routes = RouteTable.standard();
        CorsPolicy cors = new CorsPolicy(dependencies.config().corsOrigins());
        AppConfig config = dependencies.config();
        Clock clock = Clock.systemUTC();
        var users = new UserStore(dependencies.database());
        var audit = new AuditLog(dependencies.database());
        var jwt = new JwtService(config.requireJwtSecret(), config.jwtExpiresIn(), clock);
        var revocations = new TokenRevocations(dependencies.redis(), clock);
        var apiKeys = new ApiKeyService(new ApiKeyStore(dependencies.database()), clock);
        var security = new ApiSecurity(new Authenticator(jwt, revocations, apiKeys, users),
                () -> new RateLimiter(dependencies.redis().get(), clock), config.rateLimits(), audit);

        Map<String, CallerHandler> routeHandlers = new LinkedHashMap<>();
        var services = new ApiServices(dependencies, clock, users, audit, jwt, revocations, apiKeys, security);
        this.services = services;
        routeHandlers.putAll(HealthApi.handlers(services));
        routeHandlers.putAll(OpenApiApi.handlers(routes));
        routeHandlers.putAll(SessionApi.handlers(services));
        routeHandlers.putAll(ApiKeyApi.handlers(services));
        routeHandlers.putAll(OAuthApi.handlers(services));
        routeHandlers.putAll(RepositoryApi.handlers(services));
        routeHandlers.putAll(ScanApi.handlers(services));
        routeHandlers.putAll(DebtApi.handlers(services));
        routeHandlers.putAll(EmbeddingApi.handlers(services));
        routeHandlers.putAll(WebhookApi.handlers(services));
        routeHandlers.putAll(AuditApi.handlers(services));
        Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers = new LinkedHashMap<>();
        for (var route : routes.routes()) {
            CallerHandler handler = routeHandlers.get(route.function());
            if (handler == null) {
                throw new IllegalStateException("route " + route.path() + " names no handler: " + route.function());
            }
            handlers.put(route.function(), new RouteGuard(route, security, handler));
        }
        Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> wrapped = new LinkedHashMap<>();
        handlers.forEach((name, handler) -> wrapped.put(name, new ApiFunction(handler, cors)));
        wrapped.put(ROUTER, new ApiFunction(new ApiRouter(routes, handlers, cors), cors));
        this.functions = Map.copyOf(wrapped);
    }

    /**
     * Warms this process before its first request ({@link ApiPriming}): opens {@code connections} database connections
     * at once (no more than the data source holds) and runs read-only requests and reads that leave nothing behind.
     */
    public ApiPriming.Report prime(int connections) {
        return ApiPriming.prime(services, function(ROUTER), connections);
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
