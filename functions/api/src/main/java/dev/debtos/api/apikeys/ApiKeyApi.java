package dev.debtos.api.apikeys;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** The caller's API keys: create (secret shown once), list, revoke: this area's routes and their handlers. */
public final class ApiKeyApi {

    private ApiKeyApi() {
    }

    static final Tag TAG = new Tag("API keys", "Keys for scripts and CI (X-API-Key), each with its scopes");

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/api-keys", "postApiKey", Access.ADMIN,
                        Operation.of(TAG, "Create an API key; its secret is shown only in this response")
                                .describe("A key for scripts and CI, sent as `X-API-Key`. A caller cannot grant a scope it "
                                        + "does not hold; `expiresAt` is in the future and at most two years away. Unknown "
                                        + "body fields are a 400 naming them.")
                                .body(Schema.object()
                                        .required("name", Schema.string(1, 100))
                                        .required("scopes", Schema.arrayOf(ApiKeyJson.SCOPE, 1, 3))
                                        .optional("expiresAt", Schema.dateTime().nullable().describe("No expiry when absent"))
                                        .closed().named("NewApiKey"))
                                .created(ApiKeyJson.CREATED).problems(400, 401, 403, 413, 429, 503)),
                new Route("GET", "/api/api-keys", "getApiKeys", Access.READ,
                        Operation.of(TAG, "The caller's API keys, without secrets")
                                .describe("Every key of the caller's, revoked and expired ones included.")
                                .ok(Schema.object().required("items", Schema.arrayOf(ApiKeyJson.SCHEMA)).named("ApiKeyList"))
                                .problems(401, 403, 429, 503)),
                new Route("DELETE", "/api/api-keys/{id}", "deleteApiKey", Access.ADMIN,
                        Operation.of(TAG, "Revoke one of the caller's API keys at once")
                                .describe("The key stops authenticating immediately. Another user's key answers 404 like a "
                                        + "missing one.")
                                .noContent().problems(400, 401, 403, 404, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        return Map.of(
                "postApiKey", new PostApiKeyHandler(services.apiKeys(), services.audit(), services.clock()),
                "getApiKeys", new GetApiKeysHandler(services.apiKeys()),
                "deleteApiKey", new DeleteApiKeyHandler(services.apiKeys(), services.audit()));
    }
}
