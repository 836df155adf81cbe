package dev.debtos.api.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestContext;
import dev.debtos.api.route.Route;
import dev.debtos.platform.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * What a request body must be before a route reads it. A route that reads a JSON body takes it only as JSON: a body sent
 * with another {@code Content-Type} is a 415 (no header at all is taken as JSON, as curl's {@code --json}-less scripts
 * send). A route that reads no body still refuses one that is not JSON (400), so a client's mistake is not silently
 * dropped. Webhook routes check their own deliveries (their body is the signed payload).
 */
final class BodyRules {
    private static final ObjectMapper MAPPER = Json.mapper();

    private BodyRules() {
    }

    static Optional<APIGatewayProxyResponseEvent> refusal(Route route, APIGatewayProxyRequestEvent request) {
        String body = request.getBody();
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        if (route.operation().body() != null) {
            Optional<String> type = RequestContext.header(request, "Content-Type");
            if (type.isPresent() && !isJson(type.get())) {
                return Optional.of(ApiResponses.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type: this route reads application/json", request));
            }
            return Optional.empty();
        }
        if (!parses(body, Boolean.TRUE.equals(request.getIsBase64Encoded()))) {
            return Optional.of(ApiResponses.problem(ProblemType.BAD_REQUEST,
                    "body: is not valid JSON (this route reads no body; send none)", request));
        }
        return Optional.empty();
    }

    static boolean isJson(String contentType) {
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static boolean parses(String body, boolean base64) {
        try {
            String text = base64 ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
            MAPPER.readTree(text);
            return true;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return false;
        }
    }
}
