package dev.debtos.api.auth;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** The signed-in session: local sign-in (local profile only), who am I, sign out: this area's routes and handlers. */
public final class SessionApi {

    private SessionApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/auth/local", "postLocalLogin", Access.PUBLIC,
                        "Local profile only: sign in as {login} and get a bearer token (404 in AWS)", List.of(200, 400, 404, 413, 429, 503)),
                new Route("GET", "/api/auth/me", "getMe", Access.READ,
                        "The authenticated user, scopes and authentication method", List.of(200, 401, 403, 429, 503)),
                new Route("POST", "/api/auth/logout", "postLogout", Access.READ,
                        "Revoke this request's bearer token until it expires", List.of(204, 400, 401, 403, 413, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        return Map.of(
                "postLocalLogin", new PostLocalLoginHandler(services.config().profile(), services.users(), services.jwt(), services.audit()),
                "getMe", new GetMeHandler(services.users()),
                "postLogout", new PostLogoutHandler(services.revocations(), services.audit()));
    }
}
