package dev.debtos.api.health;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** Liveness and the reachability of PostgreSQL and Redis: health routes, never rate limited, no credentials. */
public final class HealthApi {

    private HealthApi() {
    }

    static final Tag TAG = new Tag("Health", "Liveness and the reachability of PostgreSQL and Redis, for monitors");
    private static final Schema LIVE = Schema.object().required("status", Schema.constant("ok")).named("Health");
    private static final Schema DEPENDENCY = Schema.object()
            .required("status", Schema.constant("ok"))
            .required("latencyMs", Schema.integer().describe("Round trip of the probe, in milliseconds"))
            .named("DependencyHealth");

    public static List<Route> routes() {
        return List.of(
                new Route("GET", "/api/health", "getHealth", Access.HEALTH, Operation.of(TAG, "Liveness: the API answers")
                        .describe("Touches no dependency: the readiness probe of load balancers and monitors. Never rate limited.")
                        .ok(LIVE)),
                new Route("GET", "/api/health/db", "getDatabaseHealth", Access.HEALTH,
                        Operation.of(TAG, "PostgreSQL answers a query; latency in milliseconds")
                                .describe("One `SELECT 1` through the function's data source; 503 when PostgreSQL does not answer.")
                                .ok(DEPENDENCY).problems(503)),
                new Route("GET", "/api/health/redis", "getRedisHealth", Access.HEALTH,
                        Operation.of(TAG, "Redis answers a PING; latency in milliseconds")
                                .describe("A PING on the process's Redis connection; 503 when Redis does not answer.")
                                .ok(DEPENDENCY).problems(503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        var dependencies = services.dependencies();
        var health = new GetHealthHandler();
        var database = new GetDatabaseHealthHandler(dependencies.database());
        var redis = new GetRedisHealthHandler(dependencies.redis());
        return Map.of(
                "getHealth", (request, caller) -> health.apply(request),
                "getDatabaseHealth", (request, caller) -> database.apply(request),
                "getRedisHealth", (request, caller) -> redis.apply(request));
    }
}
