package dev.debtos.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.CorsPolicy;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.route.RouteMatch;
import dev.debtos.api.route.RouteTable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Dispatches a proxy event by the route table, as API Gateway does in AWS: the matched route's handler with the
 * path parameters and resource filled in, a 404 or 405 problem (with Allow) otherwise, and OPTIONS preflights
 * answered for paths that exist.
 */
final class ApiRouter implements Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final RouteTable routes;
    private final Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers;
    private final CorsPolicy cors;

    ApiRouter(RouteTable routes, Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers,
              CorsPolicy cors) {
        for (var route : routes.routes()) {
            if (!handlers.containsKey(route.function())) {
                throw new IllegalArgumentException("route " + route.path() + " names no handler: " + route.function());
            }
        }
        this.routes = routes;
        this.handlers = Map.copyOf(handlers);
        this.cors = cors;
    }

    @Override
    public APIGatewayProxyResponseEvent apply(APIGatewayProxyRequestEvent request) {
        String method = request.getHttpMethod() == null ? "" : request.getHttpMethod();
        String path = request.getPath() == null ? "/" : request.getPath();
        if (method.equals("OPTIONS")) {
            return preflight(request, path);
        }
        return switch (routes.match(method, path)) {
            case RouteMatch.Found found -> {
                request.setResource(found.route().path());
                request.setPathParameters(found.pathParameters().isEmpty() ? null : found.pathParameters());
                yield handlers.get(found.route().function()).apply(request);
            }
            case RouteMatch.MethodNotAllowed notAllowed -> {
                var response = ApiResponses.problem(ProblemType.METHOD_NOT_ALLOWED,
                        method + " is not allowed here; allowed: " + String.join(", ", notAllowed.allowed()), request);
                response.getHeaders().put("Allow", String.join(", ", notAllowed.allowed()));
                yield response;
            }
            case RouteMatch.NotFound ignored -> ApiResponses.problem(ProblemType.NOT_FOUND, "no route matches this path", request);
        };
    }

    private APIGatewayProxyResponseEvent preflight(APIGatewayProxyRequestEvent request, String path) {
        List<String> methods = routes.routes().stream().filter(r -> r.matchPath(path).isPresent()).map(r -> r.method()).toList();
        if (methods.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no route matches this path", request);
        }
        return cors.preflight(request, methods);
    }
}
