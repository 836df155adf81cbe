package dev.debtos.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.oauth.OAuthProvider;
import dev.debtos.platform.auth.oauth.OAuthStates;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/auth/github} and {@code /api/auth/gitlab}: 302 to the provider's authorization page with a fresh
 * single-use state, and the cookie that binds that state to this browser. 404 when the provider is not configured.
 */
public final class GetOAuthLoginHandler implements CallerHandler {
    private final Optional<OAuthProvider> provider;
    private final OAuthStates states;

    public GetOAuthLoginHandler(Optional<OAuthProvider> provider, OAuthStates states) {
        this.provider = provider;
        this.states = states;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller ignored) {
        if (provider.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "this sign-in provider is not configured", request);
        }
        OAuthStates.Started started;
        try {
            started = states.start(provider.get().name());
        } catch (RuntimeException e) {
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "sign-in is unavailable; try again shortly", request);
        }
        Map<String, String> headers = new HashMap<>();
        headers.put("Location", provider.get().authorizeUri(started.state()).toString());
        headers.put("Set-Cookie", OAuthCookie.set(provider.get().callbackUri(), started.browserBinding()));
        return new APIGatewayProxyResponseEvent().withStatusCode(302).withHeaders(headers).withBody("")
                .withIsBase64Encoded(false);
    }
}
