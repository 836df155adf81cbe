package dev.debtos.api.repos;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.JsonFields;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.scan.ScanListing;
import java.sql.SQLException;
import java.util.UUID;

/** {@code GET /api/repos/{id}}: one of the caller's repositories with a summary of its newest scan. */
public final class GetRepositoryHandler implements CallerHandler {
    private final ConnectedRepositoryStore repositories;
    private final ScanListing scans;

    public GetRepositoryHandler(ConnectedRepositoryStore repositories, ScanListing scans) {
        this.repositories = repositories;
        this.scans = scans;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        UUID id = JsonFields.pathId(request, "id");
        var repository = repositories.find(caller.userId(), id);
        if (repository.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        return ApiResponses.json(200, RepositoryJson.withLastScan(repository.get(), scans.latest(caller.userId(), id)));
    }
}
