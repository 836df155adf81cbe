package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.platform.logging.Redactor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What every route's function is: a handler wrapped so that each response, whichever way it ends, carries the
 * request id, the security headers and CORS, and an unexpected exception becomes a 500 problem (logged by type
 * and masked message, never returned).
 */
public final class ApiFunction implements Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LogManager.getLogger(ApiFunction.class);
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Strict-Transport-Security", "max-age=63072000; includeSubDomains",
            "Cache-Control", "no-store",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "X-Frame-Options", "DENY");

    private final Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler;
    private final CorsPolicy cors;

    public ApiFunction(Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler, CorsPolicy cors) {
        this.handler = handler;
        this.cors = cors;
    }

    @Override
    public APIGatewayProxyResponseEvent apply(APIGatewayProxyRequestEvent request) {
        String requestId = RequestIds.ensure(request);
        APIGatewayProxyResponseEvent response;
        try {
            response = handler.apply(request);
        } catch (RuntimeException e) {
            LOG.error("unhandled {} on {}: {}", e.getClass().getSimpleName(), request.getPath(), Redactor.mask(e.getMessage()));
            response = ApiResponses.problem(ProblemType.INTERNAL, "the request failed; quote the request id when reporting it", request);
        }
        response = withStandardHeaders(request, response);
        Map<String, String> headers = new HashMap<>(response.getHeaders());
        cors.decorate(request, headers);
        return response.withHeaders(headers);
    }

    /** The security headers and the request id every answer carries (a runtime's own answers too). */
    public static APIGatewayProxyResponseEvent withStandardHeaders(APIGatewayProxyRequestEvent request,
                                                                   APIGatewayProxyResponseEvent response) {
        String requestId = RequestIds.ensure(request);
        Map<String, String> headers = response.getHeaders() == null ? new HashMap<>() : new HashMap<>(response.getHeaders());
        headers.putAll(SECURITY_HEADERS);
        headers.put("X-Request-Id", requestId);
        return response.withHeaders(headers);
    }
}
