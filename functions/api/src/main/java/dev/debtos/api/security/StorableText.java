package dev.debtos.api.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.platform.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text PostgreSQL cannot store: U+0000 (refused in {@code text} with SQLState 22021 and in {@code jsonb} with 22P05)
 * and unpaired UTF-16 surrogates (which the driver would silently turn into {@code ?}). Every path parameter, every
 * query parameter the route reads and every JSON string or key of a request is checked before any handler, and so
 * before any SQL, runs: such input is a 400 naming where it was, rather than a 503 from the database or data changed
 * on the way in. Query parameters a route does not read are never looked at, by this or by the handler.
 */
public final class StorableText {
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    static final String PROBLEM = "must not contain the NUL character (U+0000) or an unpaired surrogate";

    private StorableText() {
    }

    /** Throws a 400 naming the first parameter or body field holding text PostgreSQL would refuse. */
    public static void require(APIGatewayProxyRequestEvent request, Set<String> queryParameters) {
        if (request.getPathParameters() != null) {
            request.getPathParameters().forEach(StorableText::check);
        }
        if (request.getQueryStringParameters() != null) {
            request.getQueryStringParameters().forEach((name, value) -> {
                if (queryParameters.contains(name)) {
                    check(name, value);
                }
            });
        }
        var multi = request.getMultiValueQueryStringParameters();
        if (multi != null) {
            for (Map.Entry<String, List<String>> entry : multi.entrySet()) {
                if (queryParameters.contains(entry.getKey()) && entry.getValue() != null) {
                    entry.getValue().forEach(value -> check(entry.getKey(), value));
                }
            }
        }
        body(request).ifPresent(json -> walk(json, "body"));
    }

    private static void check(String name, String value) {
        if (value != null && !storable(value)) {
            throw new InvalidInputException(name, PROBLEM);
        }
    }

    /** The body as JSON, when it is JSON at all (anything else is the handler's to refuse). */
    private static Optional<JsonNode> body(APIGatewayProxyRequestEvent request) {
        String body = request.getBody();
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(request.getIsBase64Encoded())) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.ofNullable(MAPPER.readTree(body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void walk(JsonNode node, String path) {
        if (node.isTextual()) {
            if (!storable(node.textValue())) {
                throw new InvalidInputException(path, PROBLEM);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (var entry : node.properties()) {
                String key = entry.getKey();
                if (!storable(key)) {
                    throw new InvalidInputException(path.equals("body") ? "(a field name)" : path + ".(a field name)", PROBLEM);
                }
                String name = SIMPLE_NAME.matcher(key).matches() ? key : "(a field with unusual characters)";
                walk(entry.getValue(), path.equals("body") ? name : path + "." + name);
            }
        }
    }

    static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
