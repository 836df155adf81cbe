package dev.debtos.api.route;

import dev.debtos.api.audit.AuditApi;
import dev.debtos.api.auth.OAuthApi;
import dev.debtos.api.debt.DebtApi;
import dev.debtos.api.embeddings.EmbeddingApi;
import dev.debtos.api.repos.RepositoryApi;
import dev.debtos.api.scans.ScanApi;
import dev.debtos.api.webhooks.WebhookApi;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every route of the API, in one place. The local runtime dispatches with it, {@code OpenApiDocument} is generated
 * from it, and {@code src/main/resources/routes.json} (what the CDK app reads, without loading classes) must equal it:
 * {@code RoutesJsonTest} fails otherwise and rewrites the file when run with {@code -Ddebtos.routes.write=true}.
 */
public final class RouteTable {
    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        Set<String> seen = new HashSet<>();
        for (Route route : routes) {
            if (!seen.add(route.method() + " " + route.path()) || !seen.add("fn:" + route.function())) {
                throw new IllegalArgumentException("duplicate route or function: " + route.method() + " " + route.path());
            }
        }
        this.routes = List.copyOf(routes);
    }

    /** The core routes below, then each area's, in the order the OpenAPI document lists them. */
    public static RouteTable standard() {
        List<Route> all = new ArrayList<>(core());
        all.addAll(OAuthApi.routes());
        all.addAll(RepositoryApi.routes());
        all.addAll(ScanApi.routes());
        all.addAll(DebtApi.routes());
        all.addAll(EmbeddingApi.routes());
        all.addAll(WebhookApi.routes());
        all.addAll(AuditApi.routes());
        return new RouteTable(all);
    }

    private static List<Route> core() {
        return List.of(
                new Route("GET", "/api/health", "getHealth", AuthScope.NONE,
                        "Liveness: the API answers", List.of(200)),
                new Route("GET", "/api/health/db", "getDatabaseHealth", AuthScope.NONE,
                        "PostgreSQL answers a query; latency in milliseconds", List.of(200, 503)),
                new Route("GET", "/api/health/redis", "getRedisHealth", AuthScope.NONE,
                        "Redis answers a PING; latency in milliseconds", List.of(200, 503)),
                new Route("GET", "/api/openapi.json", "getOpenApi", AuthScope.NONE,
                        "This API's OpenAPI 3.1 document", List.of(200, 429)),
                new Route("POST", "/api/auth/local", "postLocalLogin", AuthScope.NONE,
                        "Local profile only: sign in as {login} and get a bearer token (404 in AWS)", List.of(200, 400, 404, 413, 429, 503)),
                new Route("GET", "/api/auth/me", "getMe", AuthScope.READ,
                        "The authenticated user, scopes and authentication method", List.of(200, 401, 403, 429, 503)),
                new Route("POST", "/api/auth/logout", "postLogout", AuthScope.READ,
                        "Revoke this request's bearer token until it expires", List.of(204, 400, 401, 403, 413, 429, 503)),
                new Route("POST", "/api/api-keys", "postApiKey", AuthScope.ADMIN,
                        "Create an API key; its secret is shown only in this response", List.of(201, 400, 401, 403, 413, 429, 503)),
                new Route("GET", "/api/api-keys", "getApiKeys", AuthScope.READ,
                        "The caller's API keys, without secrets", List.of(200, 401, 403, 429, 503)),
                new Route("DELETE", "/api/api-keys/{id}", "deleteApiKey", AuthScope.ADMIN,
                        "Revoke one of the caller's API keys at once", List.of(204, 400, 401, 403, 404, 429, 503)));
    }

    public List<Route> routes() {
        return routes;
    }

    public Optional<Route> byFunction(String function) {
        return routes.stream().filter(r -> r.function().equals(function)).findFirst();
    }

    public RouteMatch match(String method, String path) {
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.matchPath(path);
            if (parameters.isEmpty()) {
                continue;
            }
            if (route.method().equals(method)) {
                return new RouteMatch.Found(route, parameters.get());
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new RouteMatch.NotFound() : new RouteMatch.MethodNotAllowed(List.copyOf(allowed));
    }
}
