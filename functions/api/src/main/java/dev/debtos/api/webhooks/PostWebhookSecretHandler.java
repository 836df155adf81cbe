package dev.debtos.api.webhooks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.webhook.WebhookSecrets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/repos/{id}/webhook-secret}: creates or replaces the repository's webhook secret and returns it,
 * the only time it is shown. The old secret stops verifying at once. Another user's repository is a 404.
 */
public final class PostWebhookSecretHandler implements CallerHandler {
    private final Optional<WebhookSecrets> secrets;
    private final AuditLog audit;

    PostWebhookSecretHandler(Optional<WebhookSecrets> secrets, AuditLog audit) {
        this.secrets = secrets;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        UUID id = RequestParameters.pathId(request, "id");
        if (secrets.isEmpty()) {
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "webhooks are not configured", request);
        }
        Optional<String> secret = secrets.get().rotate(id, caller.userId());
        audit.record(AuditEntries.of(request, Optional.of(caller.userId()), caller.apiKeyId(), "webhook.rotate", "repository",
                id.toString(), secret.isPresent(), Map.of()));
        if (secret.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("repositoryId", id.toString());
        body.put("secret", secret.get());
        return ApiResponses.json(200, body);
    }
}
