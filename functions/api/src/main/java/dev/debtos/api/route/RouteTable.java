package dev.debtos.api.route;

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

    /** Each area's routes, in the order the OpenAPI document lists them. */
    public static RouteTable standard() {
        List<Route> all = new ArrayList<>(HealthApi.routes());
        all.addAll(OpenApiApi.routes());
        all.addAll(SessionApi.routes());
        all.addAll(ApiKeyApi.routes());
        all.addAll(OAuthApi.routes());
        all.addAll(RepositoryApi.routes());
        all.addAll(ScanApi.routes());
        all.addAll(DebtApi.routes());
        all.addAll(EmbeddingApi.routes());
        all.addAll(WebhookApi.routes());
        all.addAll(AuditApi.routes());
        return new RouteTable(all);
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
