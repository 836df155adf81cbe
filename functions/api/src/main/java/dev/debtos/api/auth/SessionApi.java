package dev.debtos.api.auth;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** The signed-in session: local sign-in (local profile only), who am I, sign out: this area's routes and handlers. */
public final class SessionApi {

    private SessionApi() {
    }

    static final Tag TAG = new Tag("Sign-in", "Bearer tokens: OAuth sign-in with GitHub or GitLab, the local profile's sign-in, who am I, sign out");

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/auth/local", "postLocalLogin", Access.PUBLIC,
                        Operation.of(TAG, "Local profile only: sign in as {login} and get a bearer token (404 in AWS)")
                                .describe("The local profile's stand-in for OAuth: signs in (creating if needed) the user "
                                        + "`<login>@localhost` and returns a bearer token with every scope. In the AWS "
                                        + "profile the route answers 404; a disabled user is a 403.")
                                .body(Schema.object().required("login", Schema.string(1, 39)
                                        .pattern("^[A-Za-z0-9][A-Za-z0-9._-]{0,38}$")).closed().named("LocalLogin"))
                                .ok(TokenJson.SCHEMA).problems(400, 403, 404, 413, 429, 503)),
                new Route("GET", "/api/auth/me", "getMe", Access.READ,
                        Operation.of(TAG, "The authenticated user, scopes and authentication method")
                                .describe("Who the credentials of this request belong to, which scopes they hold and "
                                        + "whether they are a bearer token or an API key.")
                                .ok(GetMeHandler.SCHEMA).problems(401, 403, 429, 503)),
                new Route("POST", "/api/auth/logout", "postLogout", Access.READ,
                        Operation.of(TAG, "Revoke this request's bearer token until it expires")
                                .describe("Ends the bearer token this request carries (400 for an API key: revoke keys "
                                        + "with `DELETE /api/api-keys/{id}`). Reads no body.")
                                .noContent().problems(400, 401, 403, 413, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        return Map.of(
                "postLocalLogin", new PostLocalLoginHandler(services.config().profile(), services.users(), services.jwt(), services.audit()),
                "getMe", new GetMeHandler(services.users()),
                "postLogout", new PostLogoutHandler(services.revocations(), services.audit()));
    }
}
