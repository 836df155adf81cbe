package dev.debtos.api.auth;

import dev.debtos.api.ApiServices;
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
                new Route("GET", "/api/auth/github", "getGithubLogin", Access.PUBLIC,
                        "Start a GitHub sign-in (302 to GitHub with a single-use state)", List.of(302, 404, 429, 503)),
                new Route("GET", "/api/auth/github/callback", "getGithubCallback", Access.PUBLIC,
                        "GitHub sign-in callback (302 to the frontend with a one-time login code)",
                        List.of(302, 400, 401, 403, 404, 429, 502, 503)),
                new Route("GET", "/api/auth/gitlab", "getGitlabLogin", Access.PUBLIC,
                        "Start a GitLab sign-in (302 to GitLab with a single-use state)", List.of(302, 404, 429, 503)),
                new Route("GET", "/api/auth/gitlab/callback", "getGitlabCallback", Access.PUBLIC,
                        "GitLab sign-in callback (302 to the frontend with a one-time login code)",
                        List.of(302, 400, 401, 403, 404, 429, 502, 503)),
                new Route("POST", "/api/auth/token", "postAuthToken", Access.PUBLIC,
                        "Redeem a one-time login code for a bearer token", List.of(200, 400, 413, 429, 503)));
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
