package dev.debtos.api.repos;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.scan.ScanListing;
import java.sql.SQLException;

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
        var repository = OwnedLookup.find(request, "id", caller, "repository", repositories::find);
        return ApiResponses.json(200, RepositoryJson.withLastScan(repository, scans.latest(caller.userId(), repository.id())));
    }
}
