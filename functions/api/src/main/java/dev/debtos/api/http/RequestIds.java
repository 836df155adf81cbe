package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The request id of an invocation: API Gateway's, or one generated per request when the event has none (local
 * invokes, tests). Generated at invocation time only, never during init, so SnapStart restores share none.
 */
public final class RequestIds {
    private RequestIds() {
    }

    /** Gives the event a request context with an id when it has none, and returns the id. */
    public static String ensure(APIGatewayProxyRequestEvent request) {
        var context = request.getRequestContext();
        if (context == null) {
            context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
            request.setRequestContext(context);
        }
        if (context.getRequestId() == null || context.getRequestId().isBlank()) {
            context.setRequestId(UUID.randomUUID().toString());
        }
        return context.getRequestId();
    }

    /** A header of the request, whatever its case (API Gateway keeps the client's spelling). */
    public static String header(APIGatewayProxyRequestEvent request, String name) {
        Map<String, String> headers = request.getHeaders();
        if (headers == null) {
            return null;
        }
        Map<String, String> insensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        insensitive.putAll(headers);
        return insensitive.get(name);
    }
}
