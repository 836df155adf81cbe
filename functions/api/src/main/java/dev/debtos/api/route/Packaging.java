package dev.debtos.api.route;

/**
 * Which Lambda package a route's function is deployed from. Most routes run from the plain API package, which carries
 * no embedding model and so stays small and starts fast; the routes that embed a text query run from the search
 * package ({@code functions/search}: the same functions with the model, loaded during init). The local runtime runs
 * every route in one process with the model on its class path, whatever the route's package.
 */
public enum Packaging {
    API("api"),
    SEARCH("search");

    private final String wireName;

    Packaging(String wireName) {
        this.wireName = wireName;
    }

    /** The name in {@code routes.json}, which the CDK app reads to pick the function's code. */
    public String wireName() {
        return wireName;
    }
}
