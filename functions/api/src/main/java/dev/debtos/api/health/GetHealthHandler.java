package dev.debtos.api.health;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import java.util.function.Function;

/** {@code GET /api/health}: the process answers. Touches no dependency, so it is the readiness probe. */
public final class GetHealthHandler implements Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final String OK = "{\"status\":\"ok\"}";

    @Override
    public APIGatewayProxyResponseEvent apply(APIGatewayProxyRequestEvent request) {
        return ApiResponses.rawJson(200, OK);
    }
}
