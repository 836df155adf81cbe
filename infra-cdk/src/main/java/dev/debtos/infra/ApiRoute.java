package dev.debtos.infra;

import java.util.Objects;
import java.util.Set;

/**
 * One row of the API's route table as the CDK app sees it: data read from {@code routes.json}, never the API's
 * classes (this module depends on CDK only).
 *
 * @param method   HTTP method
 * @param path     API Gateway path, {@code {name}} for a path parameter, e.g. {@code /api/repos/{id}/debt}
 * @param function Spring Cloud Function name the route's Lambda serves ({@code SPRING_CLOUD_FUNCTION_DEFINITION})
 * @param body     {@code none}, {@code optional} or {@code required}: whether the route takes a request body
 * @param packaging {@value #API} (the plain API package) or {@value #SEARCH} (the search package, with the embedding
 *                  model): which jar the route's function is deployed from
 */
public record ApiRoute(String method, String path, String function, String body, String packaging) {

    public static final String API = "api";
    public static final String SEARCH = "search";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> BODIES = Set.of("none", "optional", "required");
    private static final Set<String> PACKAGES = Set.of(API, SEARCH);

    /** A route without a body. */
    public ApiRoute(String method, String path, String function) {
        this(method, path, function, "none");
    }

    /** A route of the plain API package. */
    public ApiRoute(String method, String path, String function, String body) {
        this(method, path, function, body, API);
    }

    public ApiRoute {
        Objects.requireNonNull(packaging, "packaging");
        if (!PACKAGES.contains(packaging)) {
            throw new IllegalArgumentException("route package must be one of " + PACKAGES + ": " + packaging);
        }
        Objects.requireNonNull(body, "body");
        if (!BODIES.contains(body)) {
            throw new IllegalArgumentException("route body must be one of " + BODIES + ": " + body);
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(function, "function");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("route method must be one of " + METHODS + ": " + method);
        }
        if (!path.matches("(/([A-Za-z0-9._-]+|\\{[A-Za-z][A-Za-z0-9]*}))+")) {
            throw new IllegalArgumentException("route path must be /segments with {param}s: " + path);
        }
        // Lambda function names allow letters, digits, '-' and '_'; the function is part of the name.
        if (!function.matches("[a-z][A-Za-z0-9]{0,39}")) {
            throw new IllegalArgumentException("route function must be a camelCase name of 1-40 characters: " + function);
        }
    }

    /** Deployed from the search package: the function embeds text with the model. */
    public boolean carriesModel() {
        return packaging.equals(SEARCH);
    }

    /** API Gateway validates these bodies before the function runs. */
    public boolean bodyRequired() {
        return body.equals("required");
    }

    /** {@code getHealth} → {@code GetHealth}: the construct id and the alarm label of the route's function. */
    public String pascalName() {
        return Character.toUpperCase(function.charAt(0)) + function.substring(1);
    }
}
