package dev.debtos.api.openapi;

import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.route.RouteTable;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** This API's own description: the OpenAPI document, rendered from the route table it is given. */
public final class OpenApiApi {

    private OpenApiApi() {
    }

    public static List<Route> routes() {
        return List.of(new Route("GET", "/api/openapi.json", "getOpenApi", Access.PUBLIC,
                Operation.of(new Tag("Documentation", "This API's own description"), "This API's OpenAPI 3.1 document")
                        .describe("This document, generated from the route table: every route with its parameters, bodies, "
                                + "answers and headers. Typed clients are generated from it.")
                        .ok(Schema.openObject().describe("An OpenAPI 3.1 document"))
                        .problems(429)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(RouteTable table) {
        var document = new GetOpenApiHandler(table);
        return Map.of("getOpenApi", (request, caller) -> document.apply(request));
    }
}
