package dev.debtos.api.route;

import dev.debtos.api.contract.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One API route: the single description the local runtime, the OpenAPI document and the CDK app read.
 *
 * @param method    HTTP method (upper case)
 * @param path      path template under {@code /api}, parameters as {@code {name}} segments
 * @param function  the Spring Cloud Function name that serves it ({@code spring.cloud.function.definition} of its Lambda)
 * @param access    who may call it: its kind (public, health, webhook, authenticated) and scope; {@code RouteGuard} enforces it
 * @param operation what it reads and answers: the OpenAPI document's operation, rendered from this
 * @param packaging the Lambda package its function is deployed from ({@link Packaging#API} unless it embeds text)
 */
public record Route(String method, String path, String function, Access access, Operation operation,
                    Packaging packaging) {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** A route of the plain API package. */
    public Route(String method, String path, String function, Access access, Operation operation) {
        this(method, path, function, access, operation, Packaging.API);
    }

    public Route {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(packaging, "packaging");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        if (!path.startsWith("/api/") || path.endsWith("/")) {
            throw new IllegalArgumentException("a route path starts with /api/ and has no trailing slash: " + path);
        }
        if (function == null || !function.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("function names are lowerCamelCase: " + function);
        }
        if (operation.successes().isEmpty()) {
            throw new IllegalArgumentException("a route declares at least one success answer: " + path);
        }
        if (operation.body() != null && (method.equals("GET") || method.equals("DELETE"))) {
            throw new IllegalArgumentException(method + " routes read no body: " + path);
        }
    }

    /** This route deployed from {@code packaging}. */
    public Route in(Packaging packaging) {
        return new Route(method, path, function, access, operation, packaging);
    }

    public String summary() {
        return operation.summary();
    }

    /** Every status code the route can answer with, ascending (the OpenAPI document lists exactly these). */
    public List<Integer> responses() {
        return operation.statuses();
    }

    /** What the caller must hold ({@link AuthScope#NONE} unless the route is authenticated). */
    public AuthScope scope() {
        return access.scope();
    }

    /** The path parameters when {@code requestPath} fits this route's template, else empty. */
    public Optional<Map<String, String>> matchPath(String requestPath) {
        String[] template = path.split("/", -1);
        String[] actual = requestPath.split("/", -1);
        if (template.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{") && template[i].endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(template[i].substring(1, template[i].length() - 1), actual[i]);
            } else if (!template[i].equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
