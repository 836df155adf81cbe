package dev.debtos.api.openapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.route.RouteTable;
import java.util.function.Function;

/** {@code GET /api/openapi.json}: the document rendered once from the route table, served as is. */
public final class GetOpenApiHandler implements Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final String document;

    public GetOpenApiHandler(RouteTable routes) {
        this.document = ApiResponses.write(OpenApiDocument.of(routes));
    }

    @Override
    public APIGatewayProxyResponseEvent apply(APIGatewayProxyRequestEvent request) {
        return ApiResponses.rawJson(200, document);
    }
}
