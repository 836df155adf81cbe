package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Strict reading of request bodies: unknown keys, optional strings. */
public final class JsonFields {
    private static final Pattern PRINTABLE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private JsonFields() {
    }

    /** The body as an object, or an empty object when the request has no body (every field optional). */
    public static ObjectNode objectOrEmpty(APIGatewayProxyRequestEvent request) {
        String body = request.getBody();
        return body == null || body.isBlank() ? JsonNodeFactory.instance.objectNode() : JsonBody.object(request);
    }

    /** A 400 naming every key of {@code body} that is not in {@code allowed}. */
    public static void allowOnly(ObjectNode body, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        body.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                unknown.add(PRINTABLE_KEY.matcher(key).matches() ? key : "(a key with unusual characters)");
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(String.join(", ", unknown), "unknown field; allowed: "
                    + String.join(", ", new TreeSet<>(allowed)));
        }
    }

    /** An optional string: absent or null is empty; anything but a string of 1 to {@code maxLength} chars is a 400. */
    public static Optional<String> optionalString(ObjectNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(JsonBody.string(body, field, maxLength));
    }
}
