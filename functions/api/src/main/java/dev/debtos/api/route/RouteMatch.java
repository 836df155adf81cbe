package dev.debtos.api.route;

import java.util.List;
import java.util.Map;

/** What the route table says about a request: a route with its path parameters, a wrong method, or nothing. */
public sealed interface RouteMatch {

    record Found(Route route, Map<String, String> pathParameters) implements RouteMatch {
    }

    /** The path exists but not for this method; {@code allowed} feeds the Allow header. */
    record MethodNotAllowed(List<String> allowed) implements RouteMatch {
    }

    record NotFound() implements RouteMatch {
    }
}
