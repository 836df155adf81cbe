package dev.debtos.api.apikeys;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.ApiKeyService;
import dev.debtos.platform.auth.Caller;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code DELETE /api/api-keys/{id}}: revokes one of the caller's keys at once (204). Another user's key is a 404,
 * exactly like a key that does not exist.
 */
public final class DeleteApiKeyHandler implements CallerHandler {
    private final ApiKeyService keys;
    private final AuditLog audit;

    public DeleteApiKeyHandler(ApiKeyService keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        UUID id = RequestParameters.pathId(request, "id");
        boolean revoked = keys.revoke(caller.userId(), id);
        audit.record(AuditEntries.of(request, java.util.Optional.of(caller.userId()), caller.apiKeyId(), "api_key.revoke",
                "api_key", id.toString(), revoked, Map.of()));
        if (!revoked) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no API key with this id", request);
        }
        return new APIGatewayProxyResponseEvent().withStatusCode(204).withHeaders(new HashMap<>());
    }
}
