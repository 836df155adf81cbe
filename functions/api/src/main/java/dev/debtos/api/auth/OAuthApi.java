package dev.debtos.api.auth;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.OAuthIdentityStore;
import dev.debtos.platform.auth.oauth.GitHubOAuth;
import dev.debtos.platform.auth.oauth.GitLabOAuth;
import dev.debtos.platform.auth.oauth.LoginCodes;
import dev.debtos.platform.auth.oauth.OAuthProvider;
import dev.debtos.platform.auth.oauth.OAuthStates;
import dev.debtos.platform.crypto.SecretBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub and GitLab OAuth sign-in: this area's routes and their handlers. A provider whose GITHUB_ / GITLAB_
 * variables are absent answers 404 on its routes. With a provider configured, DATA_ENCRYPTION_KEY and FRONTEND_URL
 * are required at start-up (tokens are stored encrypted; the callback lands on the frontend).
 */
public final class OAuthApi {

    private OAuthApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("GET", "/api/auth/providers", "getSignInOptions", Access.PUBLIC,
                        Operation.of(SessionApi.TAG, "The ways to sign in this API offers")
                                .describe("Which sign-ins a sign-in page should offer: `local` (the local profile's "
                                        + "`POST /api/auth/local`), `github` and `gitlab` (their OAuth client is configured).")
                                .ok(GetSignInOptionsHandler.SCHEMA).problems(429)),
                login("github", "getGithubLogin", "GitHub"), callback("github", "getGithubCallback", "GitHub"),
                login("gitlab", "getGitlabLogin", "GitLab"), callback("gitlab", "getGitlabCallback", "GitLab"),
                new Route("POST", "/api/auth/token", "postAuthToken", Access.PUBLIC,
                        Operation.of(SessionApi.TAG, "Redeem a one-time login code for a bearer token")
                                .describe("Exchanges the `login_code` an OAuth callback put in the frontend URL's fragment "
                                        + "for a bearer token. A code works once and for a minute. Unknown body fields are a 400 naming them.")
                                .body(Schema.object().required("code", Schema.string(1, 100)).closed().named("LoginCode"))
                                .ok(TokenJson.SCHEMA).problems(400, 413, 429, 503)));
    }

    private static Route login(String provider, String function, String name) {
        return new Route("GET", "/api/auth/" + provider, function, Access.PUBLIC,
                Operation.of(SessionApi.TAG, "Start a " + name + " sign-in (302 to " + name + " with a single-use state)")
                .describe("Redirects the browser to " + name + "'s authorization page with a fresh single-use state, and sets "
                        + "the cookie that binds that state to this browser. 404 when " + name + " sign-in is not configured.")
                .redirect("To " + name + "'s authorization page").problems(404, 429, 503));
    }

    private static Route callback(String provider, String function, String name) {
        return new Route("GET", "/api/auth/" + provider + "/callback", function, Access.PUBLIC,
                Operation.of(SessionApi.TAG, name + " sign-in callback (302 to the frontend with a one-time login code)")
                        .describe("Where " + name + " sends the browser back: checks the state (issued by us, unused, to this "
                                + "browser), exchanges the code and redirects to `FRONTEND_URL#login_code=...`, redeemed with "
                                + "`POST /api/auth/token`. 401 when the provider refuses the code, 502 when it fails.")
                        .query(Parameter.query("code", Schema.string(1, 512), "The provider's authorization code"),
                                Parameter.query("state", Schema.string(1, 200), "The state the sign-in started with"),
                                Parameter.query("error", Schema.string(), "Set by the provider when the user refused"))
                        .redirect("To the frontend, with the one-time login code in the URL fragment")
                        .problems(400, 401, 403, 404, 429, 502, 503));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        var config = services.config();
        Optional<OAuthProvider> github = config.github().map(GitHubOAuth::new);
        Optional<OAuthProvider> gitlab = config.gitlab().map(GitLabOAuth::new);
        var redis = services.dependencies().redis();
        var states = new OAuthStates(redis);
        var codes = new LoginCodes(redis);
        Map<String, CallerHandler> handlers = new LinkedHashMap<>();
        handlers.put("getSignInOptions", new GetSignInOptionsHandler(config));
        handlers.put("getGithubLogin", new GetOAuthLoginHandler(github, states));
        handlers.put("getGitlabLogin", new GetOAuthLoginHandler(gitlab, states));
        if (github.isPresent() || gitlab.isPresent()) {
            var identities = new OAuthIdentityStore(services.dependencies().database(), new SecretBox(config.requireDataEncryptionKey()));
            var frontend = config.requireFrontendUrl();
            handlers.put("getGithubCallback", new GetOAuthCallbackHandler(github, states, identities, services.users(), codes,
                    services.audit(), frontend));
            handlers.put("getGitlabCallback", new GetOAuthCallbackHandler(gitlab, states, identities, services.users(), codes,
                    services.audit(), frontend));
        } else {
            handlers.put("getGithubCallback", new GetOAuthLoginHandler(Optional.empty(), states));
            handlers.put("getGitlabCallback", new GetOAuthLoginHandler(Optional.empty(), states));
        }
        handlers.put("postAuthToken", new PostAuthTokenHandler(codes, services.users(), services.jwt(), services.audit()));
        return handlers;
    }
}
