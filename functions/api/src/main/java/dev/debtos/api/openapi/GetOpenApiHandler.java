package dev.debtos.api.openapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.route.RouteTable;
import java.util.function.Function;

/**
 * {@code GET /api/openapi.json}: the document rendered from the route table on the first request, then served as
 * is. Rendered then rather than at start-up: every API function is wired in each Lambda, and only this one needs it.
 */
public final class GetOpenApiHandler implements Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final RouteTable routes;
    private volatile String document;

    public GetOpenApiHandler(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public APIGatewayProxyResponseEvent apply(APIGatewayProxyRequestEvent request) {
        String rendered = document;
        if (rendered == null) {
            rendered = ApiResponses.write(OpenApiDocument.of(routes)); // two racing first requests render it twice, alike
            document = rendered;
        }
        return ApiResponses.rawJson(200, rendered);
    }
}
