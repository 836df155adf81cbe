package dev.debtos.api.openapi;

import dev.debtos.api.http.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every operation of the OpenAPI document shares: the problem answers by status (RFC 9457 bodies, with
 * {@code Retry-After} on 429 and {@code WWW-Authenticate} on 401), the headers, the problem schema and the two
 * security schemes.
 */
final class OpenApiComponents {
    /** The problem statuses a route may declare, with the component name and description of each. */
    private static final Map<Integer, String[]> PROBLEMS = problems();

    private OpenApiComponents() {
    }

    private static Map<Integer, String[]> problems() {
        Map<Integer, String[]> problems = new LinkedHashMap<>();
        problems.put(400, new String[] {"BadRequest", "Invalid input: the detail names the parameter, header or body field"});
        problems.put(401, new String[] {"Unauthorized", "No valid credentials (or, for sign-ins and webhooks, not verified)"});
        problems.put(403, new String[] {"Forbidden", "The credentials lack the route's scope, or the account is disabled"});
        problems.put(404, new String[] {"NotFound", "No such object of the caller's (another user's answers the same)"});
        problems.put(409, new String[] {"Conflict", "The object's state does not allow this now"});
        problems.put(413, new String[] {"ContentTooLarge", "The body exceeds 64 KiB (1 MiB for webhook deliveries)"});
        problems.put(415, new String[] {"UnsupportedMediaType", "The body's content type is not accepted"});
        problems.put(429, new String[] {"TooManyRequests", "Rate limited: retry after Retry-After seconds"});
        problems.put(502, new String[] {"BadGateway", "The git provider failed; its answer is not passed on"});
        problems.put(503, new String[] {"ServiceUnavailable", "A dependency (PostgreSQL, Redis, the scan queue) is unavailable"});
        return problems;
    }

    static String problemName(int status) {
        String[] problem = PROBLEMS.get(status);
        if (problem == null) {
            throw new IllegalArgumentException("no problem answer is described for status " + status);
        }
        return problem[0];
    }

    static Map<String, Object> problemResponses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        PROBLEMS.forEach((status, problem) -> {
            Map<String, Object> headers = new LinkedHashMap<>();
            headers.put("X-Request-Id", headerRef("X-Request-Id"));
            if (status == ProblemType.TOO_MANY_REQUESTS.status()) {
                headers.put("Retry-After", headerRef("Retry-After"));
            }
            if (status == ProblemType.UNAUTHORIZED.status()) {
                headers.put("WWW-Authenticate", headerRef("WWW-Authenticate"));
            }
            responses.put(problem[0], Map.of("description", problem[1], "headers", headers,
                    "content", Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
        });
        return responses;
    }

    static Map<String, Object> headerRef(String name) {
        if (!headers().containsKey(name)) {
            throw new IllegalArgumentException("no header is described as " + name);
        }
        return Map.of("$ref", "#/components/headers/" + name);
    }

    static Map<String, Object> headers() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("X-Request-Id", header("The request's id (API Gateway's, or generated): quote it when reporting a problem",
                true, Map.of("type", "string")));
        headers.put("Location", header("Path of the object created, or the URL redirected to", true, Map.of("type", "string")));
        headers.put("Retry-After", header("Seconds until the rate limit admits a request again", true,
                Map.of("type", "integer", "minimum", 1)));
        headers.put("X-Cache", header("Whether the ledger cache answered", true,
                Map.of("type", "string", "enum", List.of("hit", "miss"))));
        headers.put("Set-Cookie", header("Sets or clears the cookie that binds a sign-in's state to the browser", true,
                Map.of("type", "string")));
        headers.put("WWW-Authenticate", header("`Bearer realm=\"debt-os\"` when credentials are missing or invalid", false,
                Map.of("type", "string")));
        return headers;
    }

    private static Map<String, Object> header(String description, boolean required, Map<String, Object> schema) {
        return Map.of("description", description, "required", required, "schema", schema);
    }

    static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string", "format", "uri", "description", "A stable URN per kind of problem"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer"));
        properties.put("detail", Map.of("type", "string", "description", "What went wrong, naming the field when input is invalid"));
        properties.put("instance", Map.of("type", "string", "description", "The request's path"));
        properties.put("requestId", Map.of("type", "string"));
        properties.put("provider", Map.of("type", "string",
                "description", "502 only: the git provider that failed (GitHub, GitLab, the local repository)"));
        properties.put("upstreamStatus", Map.of("type", "integer",
                "description", "502 only: the HTTP status the provider answered, when it answered"));
        return Map.of("type", "object", "required", List.of("type", "title", "status", "detail", "instance", "requestId"),
                "properties", properties);
    }

    static Map<String, Object> securitySchemes() {
        return Map.of(
                "bearer", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                        "description", "A token from a sign-in (POST /api/auth/token, or POST /api/auth/local locally)"),
                "apiKey", Map.of("type", "apiKey", "in", "header", "name", "X-API-Key",
                        "description", "A key from POST /api/api-keys"));
    }
}
