package dev.debtos.api.repos;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.JsonBody;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.scan.RepositorySettings;
import dev.debtos.platform.scan.ScanListing;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code PATCH /api/repos/{id}/settings}: merges the given keys into the stored settings (null resets a key to its
 * default), validating every key of the contract ({@link RepositorySettings}); 200 with the repository and its
 * effective settings. Audited as {@code repository.settings} with the keys changed.
 */
public final class PatchRepositorySettingsHandler implements CallerHandler {
    private final ConnectedRepositoryStore repositories;
    private final ScanListing scans;
    private final AuditLog audit;

    public PatchRepositorySettingsHandler(ConnectedRepositoryStore repositories, ScanListing scans, AuditLog audit) {
        this.repositories = repositories;
        this.scans = scans;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        UUID id = RequestParameters.pathId(request, "id");
        ObjectNode patch = JsonBody.object(request);
        var updated = repositories.updateSettings(caller.userId(), id, stored -> RepositorySettings.merge(stored, patch));
        if (updated.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        List<String> keys = new ArrayList<>();
        patch.fieldNames().forEachRemaining(keys::add);
        audit.record(AuditEntries.of(request, caller, "repository.settings", "repository", id.toString(), Map.of("keys", keys)));
        return ApiResponses.json(200, RepositoryJson.withLastScan(updated.get(), scans.latest(caller.userId(), id)));
    }
}
