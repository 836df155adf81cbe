package dev.debtos.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.Scope;
import dev.debtos.platform.auth.UserStore;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /api/auth/me}: the caller's user and how they authenticated. */
public final class GetMeHandler implements CallerHandler {
    static final Schema SCHEMA = Schema.object()
            .required("id", Schema.uuid())
            .required("email", Schema.string().nullable())
            .required("displayName", Schema.string().nullable())
            .required("authMethod", Schema.oneOf(List.of("bearer_token", "api_key")))
            .required("scopes", Schema.arrayOf(Schema.oneOf(List.of("admin", "read", "write"))).describe("Sorted"))
            .required("apiKeyId", Schema.uuid().nullable().describe("The key this request authenticated with, if any"))
            .named("Me");
    private final UserStore users;

    public GetMeHandler(UserStore users) {
        this.users = users;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var user = users.findActive(caller.userId());
        if (user.isEmpty()) {
            return ApiResponses.problem(ProblemType.UNAUTHORIZED, "the user is disabled or no longer exists", request);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.get().id().toString());
        body.put("email", user.get().email().orElse(null));
        body.put("displayName", user.get().displayName().orElse(null));
        body.put("authMethod", caller.method().name().toLowerCase(Locale.ROOT));
        body.put("scopes", caller.scopes().stream().map(Scope::wireName).sorted().toList());
        body.put("apiKeyId", caller.apiKeyId().map(Object::toString).orElse(null));
        return ApiResponses.json(200, body);
    }
}
