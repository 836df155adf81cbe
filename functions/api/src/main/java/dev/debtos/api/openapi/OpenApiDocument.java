package dev.debtos.api.openapi;

import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.contract.Response;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.route.Route;
import dev.debtos.api.route.RouteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.1 document, generated from the route table and nothing else: one operation per route with its
 * tag, description, path and query parameters, JSON request body, success answers (bodies, headers, none for 204
 * and redirects) and problem answers, each exactly as the route declares them. Schemas declared by name become
 * components, referenced where they are used.
 */
public final class OpenApiDocument {
    static final String VERSION = "0.1.0";
    /** What the id in a path names, by the segment before it. */
    private static final Map<String, String> OWNERS = Map.of("repos", "repository", "scans", "scan", "debt", "debt item",
            "api-keys", "API key", "stats", "repository");

    private OpenApiDocument() {
    }

    public static Map<String, Object> of(RouteTable table) {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Problem", OpenApiComponents.problemSchema());
        Map<String, Object> paths = new LinkedHashMap<>();
        Set<Tag> tags = new LinkedHashSet<>();
        for (Route route : table.routes()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(Locale.ROOT), operation(route, schemas));
            tags.add(route.operation().tag());
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of("title", "DEBT-OS API", "version", VERSION, "description",
                "Finds, ranks and tracks technical debt in GitHub and GitLab repositories. Errors are RFC 9457 problems "
                        + "(application/problem+json); every answer carries X-Request-Id. Authenticate with a bearer token "
                        + "(`Authorization: Bearer`) or an API key (`X-API-Key`); each route needs the read, write or admin scope."));
        document.put("servers", List.of(Map.of("url", "/", "description", "The origin that serves this document: the local "
                + "runtime (`scripts/debt-os serve`, http://localhost:3001 by default), or a deployment's dashboard domain, "
                + "where /api/* reaches API Gateway")));
        document.put("tags", tags.stream().map(t -> Map.of("name", t.name(), "description", t.description())).toList());
        document.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("responses", OpenApiComponents.problemResponses());
        components.put("headers", OpenApiComponents.headers());
        components.put("securitySchemes", OpenApiComponents.securitySchemes());
        document.put("components", components);
        return document;
    }

    private static Map<String, Object> operation(Route route, Map<String, Object> schemas) {
        Operation declared = route.operation();
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", route.function());
        operation.put("tags", List.of(declared.tag().name()));
        operation.put("summary", declared.summary());
        operation.put("description", declared.description());
        List<Map<String, Object>> parameters = new ArrayList<>();
        String[] segments = route.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String owner = OWNERS.getOrDefault(segments[i - 1], segments[i - 1]);
                parameters.add(Map.of("name", segments[i].substring(1, segments[i].length() - 1), "in", "path", "required", true,
                        "description", "The " + owner + "'s id", "schema", Map.of("type", "string", "format", "uuid")));
            }
        }
        for (Parameter parameter : declared.query()) {
            Map<String, Object> json = new LinkedHashMap<>(Map.of("name", parameter.name(), "in", "query", "required", false,
                    "description", parameter.description(), "schema", parameter.schema().render(schemas)));
            if (parameter.schema().isArray()) { // repeated: ?severity=high&severity=low (commas within one work too)
                json.put("style", "form");
                json.put("explode", true);
            }
            parameters.add(json);
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (declared.body() != null) {
            operation.put("requestBody", Map.of("required", declared.bodyRequired(),
                    "content", Map.of(Response.JSON, Map.of("schema", declared.body().render(schemas)))));
        }
        if (route.access().authenticated()) {
            String scope = route.scope().wireName();
            operation.put("security", List.of(Map.of("bearer", List.of(scope)), Map.of("apiKey", List.of(scope))));
        } else {
            operation.put("security", List.of());
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        declared.successesInOrder().forEach((status, response) -> responses.put(status.toString(), success(response, schemas)));
        for (int status : declared.problems().stream().sorted().toList()) {
            responses.put(Integer.toString(status), Map.of("$ref", "#/components/responses/" + OpenApiComponents.problemName(status)));
        }
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> success(Response response, Map<String, Object> schemas) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("description", response.description());
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("X-Request-Id", OpenApiComponents.headerRef("X-Request-Id"));
        response.headers().forEach(header -> headers.put(header, OpenApiComponents.headerRef(header)));
        json.put("headers", headers);
        if (response.hasBody()) {
            json.put("content", Map.of(response.mediaType(), Map.of("schema", response.schema().render(schemas))));
        }
        return json;
    }
}
