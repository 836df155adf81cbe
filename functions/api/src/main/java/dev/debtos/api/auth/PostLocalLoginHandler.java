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
import dev.debtos.platform.config.Profile;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code POST /api/auth/local} {login}: the local profile's stand-in for OAuth. It signs in (creating if needed)
 * the user {@code <login>@localhost} and returns a bearer token. Whether it exists is decided by the profile the
 * process was configured with, and nothing else: in the AWS profile it answers 404 for every request.
 */
public final class PostLocalLoginHandler implements CallerHandler {
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,38}");

    private final boolean enabled;
    private final UserStore users;
    private final JwtService jwt;
    private final AuditLog audit;

    public PostLocalLoginHandler(Profile profile, UserStore users, JwtService jwt, AuditLog audit) {
        this.enabled = profile == Profile.LOCAL;
        this.users = users;
        this.jwt = jwt;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller ignored) throws SQLException {
        if (!enabled) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no route matches this path", request);
        }
        String login;
        try {
            var body = JsonBody.object(request);
            JsonFields.allowOnly(body, java.util.Set.of("login"));
            login = JsonBody.string(body, "login", 39);
            if (!LOGIN.matcher(login).matches()) {
                throw new InvalidInputException("login", "must be letters, digits, '.', '_' or '-'");
            }
        } catch (InvalidInputException e) {
            audit.record(AuditEntries.of(request, Optional.empty(), Optional.empty(), "auth.login", "user", null, false,
                    Map.of("method", "local", "reason", e.getMessage())));
            throw e;
        }
        var user = users.upsertByEmail(login + "@localhost", login);
        if (users.findActive(user.id()).isEmpty()) {
            audit.record(AuditEntries.of(request, Optional.of(user.id()), Optional.empty(), "auth.login", "user", user.id().toString(),
                    false, Map.of("method", "local", "reason", "user_disabled")));
            return ApiResponses.problem(ProblemType.FORBIDDEN, "this account is disabled", request);
        }
        var issued = jwt.issue(user.id(), EnumSet.allOf(Scope.class));
        audit.record(AuditEntries.of(request, Optional.of(user.id()), Optional.empty(), "auth.login", "user", user.id().toString(),
                true, Map.of("method", "local")));
        return ApiResponses.json(200, TokenJson.of(issued, user.id()));
    }
}
