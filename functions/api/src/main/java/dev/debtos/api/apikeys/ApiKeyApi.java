package dev.debtos.api.apikeys;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** The caller's API keys: create (secret shown once), list, revoke: this area's routes and their handlers. */
public final class ApiKeyApi {

    private ApiKeyApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/api-keys", "postApiKey", Access.ADMIN,
                        "Create an API key; its secret is shown only in this response", List.of(201, 400, 401, 403, 413, 429, 503)),
                new Route("GET", "/api/api-keys", "getApiKeys", Access.READ,
                        "The caller's API keys, without secrets", List.of(200, 401, 403, 429, 503)),
                new Route("DELETE", "/api/api-keys/{id}", "deleteApiKey", Access.ADMIN,
                        "Revoke one of the caller's API keys at once", List.of(204, 400, 401, 403, 404, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        return Map.of(
                "postApiKey", new PostApiKeyHandler(services.apiKeys(), services.audit(), services.clock()),
                "getApiKeys", new GetApiKeysHandler(services.apiKeys()),
                "deleteApiKey", new DeleteApiKeyHandler(services.apiKeys(), services.audit()));
    }
}
