package dev.debtos.api.apikeys;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.ApiKeyService;
import dev.debtos.platform.auth.Caller;
import java.sql.SQLException;
import java.util.Map;

/** {@code GET /api/api-keys}: the caller's keys, revoked ones included, without secrets. */
public final class GetApiKeysHandler implements CallerHandler {
    private final ApiKeyService keys;

    public GetApiKeysHandler(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        return ApiResponses.json(200, Map.of("items", keys.list(caller.userId()).stream().map(ApiKeyJson::of).toList()));
    }
}
