package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.Map;
import java.util.Optional;

/** What the API reads from a proxy request besides its body: headers (case-insensitively), client IP, user agent. */
public final class RequestContext {
    private RequestContext() {
    }

    public static Optional<String> header(APIGatewayProxyRequestEvent request, String name) {
        Map<String, String> headers = request.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        for (var entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** The client address API Gateway saw (never X-Forwarded-For, which a client can write). */
    public static Optional<String> sourceIp(APIGatewayProxyRequestEvent request) {
        var context = request.getRequestContext();
        if (context == null || context.getIdentity() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.getIdentity().getSourceIp());
    }

    public static Optional<String> userAgent(APIGatewayProxyRequestEvent request) {
        return header(request, "User-Agent");
    }

    public static Optional<String> pathParameter(APIGatewayProxyRequestEvent request, String name) {
        return request.getPathParameters() == null ? Optional.empty() : Optional.ofNullable(request.getPathParameters().get(name));
    }
}
