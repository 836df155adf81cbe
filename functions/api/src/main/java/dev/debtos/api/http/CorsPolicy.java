package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.List;
import java.util.Map;

/**
 * CORS from CORS_ORIGIN ({@code AppConfig.corsOrigins()}): the Origin is echoed only when it is on the list,
 * never {@code *}; a preflight from an unlisted origin gets a 403 problem and no CORS headers.
 */
public final class CorsPolicy {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-API-Key, X-Request-Id";
    static final String MAX_AGE_SECONDS = "600";

    private final List<String> allowedOrigins;

    public CorsPolicy(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    /** Adds the CORS response headers for this request's Origin (only Vary when it is not allowed). */
    public void decorate(APIGatewayProxyRequestEvent request, Map<String, String> headers) {
        headers.put("Vary", "Origin");
        String origin = RequestIds.header(request, "Origin");
        if (allows(origin)) {
            headers.put("Access-Control-Allow-Origin", origin);
            headers.put("Access-Control-Expose-Headers", "X-Request-Id, Allow, Retry-After");
        }
    }

    /** The answer to an OPTIONS preflight for a path that exists with {@code methods}. */
    public APIGatewayProxyResponseEvent preflight(APIGatewayProxyRequestEvent request, List<String> methods) {
        String origin = RequestIds.header(request, "Origin");
        if (!allows(origin)) {
            return ApiResponses.problem(ProblemType.ORIGIN_NOT_ALLOWED, "this origin may not call the API from a browser", request);
        }
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(204)
                .withHeaders(new java.util.HashMap<>()).withBody("");
        response.getHeaders().put("Access-Control-Allow-Methods", String.join(", ", methods) + ", OPTIONS");
        response.getHeaders().put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.getHeaders().put("Access-Control-Max-Age", MAX_AGE_SECONDS);
        return response;
    }
}
