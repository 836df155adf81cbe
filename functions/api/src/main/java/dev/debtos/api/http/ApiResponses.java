package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.logging.Redactor;
import dev.debtos.platform.provider.UpstreamException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds proxy responses: JSON bodies and RFC 9457 problems. A problem's detail passes {@link Redactor#mask}
 * and is written by our code, never copied from an exception, so no stack trace, SQL or secret reaches a client.
 */
public final class ApiResponses {
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String CHALLENGE = "Bearer realm=\"debt-os\"";
    private static final ObjectMapper MAPPER = Json.mapper();

    private ApiResponses() {
    }

    public static APIGatewayProxyResponseEvent json(int status, Object body) {
        return withBody(status, JSON, write(body));
    }

    /** A JSON body rendered once (a handler's precomputed document). */
    public static APIGatewayProxyResponseEvent rawJson(int status, String body) {
        return withBody(status, JSON, body);
    }

    public static APIGatewayProxyResponseEvent problem(ProblemType type, String detail, APIGatewayProxyRequestEvent request) {
        return problem(type, detail, request, Map.of());
    }

    /**
     * A 502 for a git provider's failure: the detail names the provider, the call and the status, and so do the
     * members {@code provider} and {@code upstreamStatus} (absent when the provider did not answer). The upstream
     * body is never part of it.
     */
    public static APIGatewayProxyResponseEvent upstreamProblem(UpstreamException failure, APIGatewayProxyRequestEvent request) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("provider", failure.provider());
        failure.status().ifPresent(status -> members.put("upstreamStatus", status));
        return problem(ProblemType.BAD_GATEWAY, failure.detail(), request, members);
    }

    private static APIGatewayProxyResponseEvent problem(ProblemType type, String detail, APIGatewayProxyRequestEvent request,
                                                        Map<String, Object> members) {
        String requestId = RequestIds.ensure(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", Redactor.mask(detail));
        body.put("instance", request.getPath() == null ? "/" : request.getPath());
        body.put("requestId", requestId);
        body.putAll(members);
        var response = withBody(type.status(), PROBLEM_JSON, write(body));
        if (type == ProblemType.UNAUTHORIZED) {
            // RFC 9110 §15.5.2: every 401 carries a challenge, whichever handler answered it
            response.getHeaders().put("WWW-Authenticate", CHALLENGE);
        }
        return response;
    }

    public static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static APIGatewayProxyResponseEvent withBody(int status, String contentType, String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", contentType);
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false);
    }
}
