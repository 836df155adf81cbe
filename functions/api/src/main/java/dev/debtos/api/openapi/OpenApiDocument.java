package dev.debtos.api.openapi;

import dev.debtos.api.route.Route;
import dev.debtos.api.route.RouteTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1 document, generated from the route table and nothing else: one operation per route, with
 * exactly the route's response codes (JSON for 2xx, problem+json otherwise) and its path parameters.
 */
public final class OpenApiDocument {
    private OpenApiDocument() {
    }

    public static Map<String, Object> of(RouteTable table) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : table.routes()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of("title", "DEBT-OS API", "version", "0.1.0"));
        document.put("paths", paths);
        document.put("components", Map.of(
                "schemas", Map.of("Problem", problemSchema()),
                "securitySchemes", Map.of(
                        "bearer", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"),
                        "apiKey", Map.of("type", "apiKey", "in", "header", "name", "X-API-Key"))));
        return document;
    }

    private static Map<String, Object> operation(Route route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", route.function());
        operation.put("summary", route.summary());
        List<Map<String, Object>> parameters = route.matchPath(route.path()).orElseThrow().keySet().stream()
                .map(name -> Map.<String, Object>of("name", name, "in", "path", "required", true,
                        "schema", Map.of("type", "string")))
                .toList();
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (route.access().authenticated()) {
            operation.put("security", List.of(Map.of("bearer", List.of(route.scope().wireName())),
                    Map.of("apiKey", List.of(route.scope().wireName()))));
        } else {
            operation.put("security", List.of());
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        for (int status : route.responses()) {
            responses.put(Integer.toString(status), response(status));
        }
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> response(int status) {
        boolean success = status < 300;
        String mediaType = success ? "application/json" : "application/problem+json";
        Map<String, Object> schema = success ? Map.of("type", "object")
                : Map.of("$ref", "#/components/schemas/Problem");
        return Map.of("description", success ? "Success" : "Problem (RFC 9457)",
                "content", Map.of(mediaType, Map.of("schema", schema)));
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string", "format", "uri"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer"));
        properties.put("detail", Map.of("type", "string"));
        properties.put("instance", Map.of("type", "string"));
        properties.put("requestId", Map.of("type", "string"));
        return Map.of("type", "object", "required", List.of("type", "title", "status", "requestId"),
                "properties", properties);
    }
}
