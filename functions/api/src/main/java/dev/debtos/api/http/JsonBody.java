package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads a request body as one JSON object; anything else is an {@link InvalidInputException} on {@code body}. */
public final class JsonBody {
    private static final ObjectMapper MAPPER = Json.mapper();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    private JsonBody() {
    }

    public static ObjectNode object(APIGatewayProxyRequestEvent request) {
        String text = text(request).orElseThrow(() -> new InvalidInputException("body", "a JSON object is required"));
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        return object;
    }

    /** A required string field, stripped, within {@code maxLength}. */
    public static String string(ObjectNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(field, "is required");
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        String text = value.asText().strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw new InvalidInputException(field, "must be 1 to " + maxLength + " characters");
        }
        return text;
    }

    static Optional<String> text(APIGatewayProxyRequestEvent request) {
        String body = request.getBody();
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(request.getIsBase64Encoded())) {
            try {
                return Optional.of(new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("body", "is not valid base64");
            }
        }
        return Optional.of(body);
    }
}
