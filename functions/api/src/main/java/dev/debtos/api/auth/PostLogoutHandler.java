package dev.debtos.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.TokenRevocations;
import java.util.Map;
import java.util.Optional;

/** {@code POST /api/auth/logout}: revokes the bearer token of the request until it expires (204). */
public final class PostLogoutHandler implements CallerHandler {
    private final TokenRevocations revocations;
    private final AuditLog audit;

    public PostLogoutHandler(TokenRevocations revocations, AuditLog audit) {
        this.revocations = revocations;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) {
        if (caller.method() != Caller.Method.BEARER_TOKEN) {
            return ApiResponses.problem(ProblemType.BAD_REQUEST,
                    "Authorization: logout ends a bearer token; revoke an API key with DELETE /api/api-keys/{id}", request);
        }
        try {
            revocations.revoke(caller.tokenId().orElseThrow(), caller.tokenExpiresAt().orElseThrow());
        } catch (RuntimeException e) {
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "the logout could not be recorded; retry", request);
        }
        audit.record(AuditEntries.of(request, Optional.of(caller.userId()), Optional.empty(), "auth.logout", "token",
                caller.tokenId().orElseThrow(), true, Map.of()));
        return new APIGatewayProxyResponseEvent().withStatusCode(204).withHeaders(new java.util.HashMap<>());
    }
}
