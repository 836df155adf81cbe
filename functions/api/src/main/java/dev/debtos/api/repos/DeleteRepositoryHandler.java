package dev.debtos.api.repos;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code DELETE /api/repos/{id}} (admin scope): deletes the repository with its scans, snapshots, ledger and
 * embeddings (schema cascades); 204. Admin rather than write because it destroys the ledger's history for good: a
 * CI key that may trigger scans (write) must not be able to wipe it.
 */
public final class DeleteRepositoryHandler implements CallerHandler {
    private final ConnectedRepositoryStore repositories;
    private final AuditLog audit;

    public DeleteRepositoryHandler(ConnectedRepositoryStore repositories, AuditLog audit) {
        this.repositories = repositories;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        UUID id = RequestParameters.pathId(request, "id");
        boolean deleted = repositories.delete(caller.userId(), id);
        audit.record(AuditEntries.of(request, Optional.of(caller.userId()), caller.apiKeyId(), "repository.delete",
                "repository", id.toString(), deleted, Map.of()));
        if (!deleted) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        return new APIGatewayProxyResponseEvent().withStatusCode(204).withHeaders(new HashMap<>());
    }
}
