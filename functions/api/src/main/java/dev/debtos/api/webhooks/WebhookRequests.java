package dev.debtos.api.webhooks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.RequestContext;
import dev.debtos.platform.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reading a delivery: its raw body bytes (what the signature covers), its JSON, and required headers. */
final class WebhookRequests {
    private static final ObjectMapper JSON = Json.mapper();

    private WebhookRequests() {
    }

    /** The body exactly as sent: API Gateway hands binary bodies over base64-encoded, text bodies as they are. */
    static byte[] rawBody(APIGatewayProxyRequestEvent request) {
        String body = request.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (Boolean.TRUE.equals(request.getIsBase64Encoded())) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("body", "is not valid base64");
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode json(byte[] raw) {
        try {
            JsonNode node = raw.length == 0 ? null : JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
    }

    static String header(APIGatewayProxyRequestEvent request, String name, int maxLength) {
        String value = RequestContext.header(request, name).map(String::strip).orElse("");
        if (value.isEmpty() || value.length() > maxLength) {
            throw new InvalidInputException(name, "header is required (at most " + maxLength + " characters)");
        }
        return value;
    }

    static String text(JsonNode body, String field, String path) {
        String value = body.at(path).asText("");
        if (value.isBlank() || value.length() > 300) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }
}
