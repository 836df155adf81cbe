package dev.debtos.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.OAuthIdentityStore;
import dev.debtos.platform.auth.User;
import dev.debtos.platform.auth.UserStore;
import dev.debtos.platform.auth.oauth.LoginCodes;
import dev.debtos.platform.auth.oauth.OAuthProvider;
import dev.debtos.platform.auth.oauth.OAuthStates;
import dev.debtos.platform.provider.UpstreamException;
import dev.debtos.platform.provider.UpstreamRefusedException;
import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/auth/{github,gitlab}/callback?code&state}: checks the state (issued by us, unused, for this
 * provider, to this browser), exchanges the code, signs the account in and sends the browser to the frontend with a
 * one-time login code in the URL fragment ({@code FRONTEND_URL#login_code=...}), redeemed through
 * {@code POST /api/auth/token}. Our bearer token never appears in a URL. Failures are problems: 400 for a bad
 * state or request, 401 when the provider refuses the code, 502 when it fails, 403 for a disabled user.
 */
public final class GetOAuthCallbackHandler implements CallerHandler {
    private final Optional<OAuthProvider> provider;
    private final OAuthStates states;
    private final OAuthIdentityStore identities;
    private final UserStore users;
    private final LoginCodes codes;
    private final AuditLog audit;
    private final URI frontend;

    public GetOAuthCallbackHandler(Optional<OAuthProvider> provider, OAuthStates states, OAuthIdentityStore identities,
                                   UserStore users, LoginCodes codes, AuditLog audit, URI frontend) {
        this.provider = provider;
        this.states = states;
        this.identities = identities;
        this.users = users;
        this.codes = codes;
        this.audit = audit;
        this.frontend = frontend;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller ignored) throws SQLException {
        if (provider.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "this sign-in provider is not configured", request);
        }
        OAuthProvider oauth = provider.get();
        Map<String, String> query = request.getQueryStringParameters() == null ? Map.of() : request.getQueryStringParameters();
        String state = query.get("state");
        if (state == null || state.isBlank() || state.length() > 200) {
            return failure(request, ProblemType.BAD_REQUEST, "state: is missing or malformed", "state_missing");
        }
        boolean valid;
        try {
            valid = states.consume(oauth.name(), state, OAuthCookie.read(request).orElse(null));
        } catch (RuntimeException e) {
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "sign-in is unavailable; try again shortly", request);
        }
        if (!valid) {
            return failure(request, ProblemType.BAD_REQUEST,
                    "state: is unknown, expired, already used or was issued to another browser; start the sign-in again", "state_invalid");
        }
        if (query.containsKey("error")) {
            return failure(request, ProblemType.BAD_REQUEST, "the sign-in was not authorised at the provider", "provider_denied");
        }
        String code = query.get("code");
        if (code == null || code.isBlank() || code.length() > 512) {
            return failure(request, ProblemType.BAD_REQUEST, "code: is missing or malformed", "code_missing");
        }
        User user;
        try {
            user = identities.signIn(oauth.signIn(code));
        } catch (UpstreamRefusedException e) {
            return failure(request, ProblemType.UNAUTHORIZED, "the provider did not accept the sign-in; start it again", e.getMessage());
        } catch (UpstreamException e) {
            return failed(request, e);
        }
        if (users.findActive(user.id()).isEmpty()) {
            return failure(request, ProblemType.FORBIDDEN, "this account is disabled", "user_disabled");
        }
        String loginCode;
        try {
            loginCode = codes.issue(user.id());
        } catch (RuntimeException e) {
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "sign-in is unavailable; try again shortly", request);
        }
        audit.record(AuditEntries.of(request, Optional.of(user.id()), Optional.empty(), "auth.oauth", "user", user.id().toString(),
                true, Map.of("provider", oauth.name())));
        Map<String, String> headers = new HashMap<>();
        headers.put("Location", frontend + "#login_code=" + loginCode);
        headers.put("Set-Cookie", OAuthCookie.clear(oauth.callbackUri()));
        return new APIGatewayProxyResponseEvent().withStatusCode(302).withHeaders(headers).withBody("").withIsBase64Encoded(false);
    }

    private APIGatewayProxyResponseEvent failure(APIGatewayProxyRequestEvent request, ProblemType type, String detail, String reason) {
        return audited(request, ApiResponses.problem(type, detail, request), reason);
    }

    /** The provider failed: 502 naming it and its status, as the route guard answers every provider failure. */
    private APIGatewayProxyResponseEvent failed(APIGatewayProxyRequestEvent request, UpstreamException e) {
        return audited(request, ApiResponses.upstreamProblem(e, request), e.getMessage());
    }

    private APIGatewayProxyResponseEvent audited(APIGatewayProxyRequestEvent request, APIGatewayProxyResponseEvent response, String reason) {
        audit.record(AuditEntries.of(request, Optional.empty(), Optional.empty(), "auth.oauth", "provider", provider.orElseThrow().name(),
                false, Map.of("provider", provider.orElseThrow().name(), "reason", reason)));
        response.getHeaders().put("Set-Cookie", OAuthCookie.clear(provider.orElseThrow().callbackUri()));
        return response;
    }
}
