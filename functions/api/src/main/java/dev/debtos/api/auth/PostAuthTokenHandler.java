package dev.debtos.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.JsonBody;
import dev.debtos.api.http.JsonFields;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.JwtService;
import dev.debtos.platform.auth.Scope;
import dev.debtos.platform.auth.UserStore;
import dev.debtos.platform.auth.oauth.LoginCodes;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/auth/token} {code}: redeems the one-time login code an OAuth callback handed the frontend for a
 * bearer token (the same answer as the local login). A code works once and for a minute; anything else is a 400
 * naming {@code code}.
 */
public final class PostAuthTokenHandler implements CallerHandler {
    private final LoginCodes codes;
    private final UserStore users;
    private final JwtService jwt;
    private final AuditLog audit;

    public PostAuthTokenHandler(LoginCodes codes, UserStore users, JwtService jwt, AuditLog audit) {
        this.codes = codes;
        this.users = users;
        this.jwt = jwt;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller ignored) throws SQLException {
        var body = JsonBody.object(request);
        JsonFields.allowOnly(body, java.util.Set.of("code"));
        String code = JsonBody.string(body, "code", 100);
        Optional<UUID> userId;
        try {
            userId = codes.redeem(code);
        } catch (RuntimeException e) {
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "sign-in is unavailable; try again shortly", request);
        }
        var user = userId.isPresent() ? users.findActive(userId.get()) : Optional.<dev.debtos.platform.auth.User>empty();
        if (user.isEmpty()) {
            audit.record(AuditEntries.of(request, Optional.empty(), Optional.empty(), "auth.login", "user", null, false,
                    Map.of("method", "login_code", "reason", "unknown, expired or used code")));
            throw new InvalidInputException("code", "is unknown, expired or already used; sign in again");
        }
        var issued = jwt.issue(user.get().id(), EnumSet.allOf(Scope.class));
        audit.record(AuditEntries.of(request, Optional.of(user.get().id()), Optional.empty(), "auth.login", "user",
                user.get().id().toString(), true, Map.of("method", "login_code")));
        return ApiResponses.json(200, TokenJson.of(issued, user.get().id()));
    }
}
