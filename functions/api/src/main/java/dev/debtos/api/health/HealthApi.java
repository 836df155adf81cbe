package dev.debtos.api.health;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** Liveness and the reachability of PostgreSQL and Redis: health routes, never rate limited, no credentials. */
public final class HealthApi {

    private HealthApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("GET", "/api/health", "getHealth", Access.HEALTH,
                        "Liveness: the API answers", List.of(200)),
                new Route("GET", "/api/health/db", "getDatabaseHealth", Access.HEALTH,
                        "PostgreSQL answers a query; latency in milliseconds", List.of(200, 503)),
                new Route("GET", "/api/health/redis", "getRedisHealth", Access.HEALTH,
                        "Redis answers a PING; latency in milliseconds", List.of(200, 503)));
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
