package dev.debtos.api.scans;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.http.PageRequest;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.scan.ScanListing;
import java.sql.SQLException;

/** {@code GET /api/repos/{id}/scans?limit=&offset=}: the repository's scans, newest first, with the total. */
public final class GetRepositoryScansHandler implements CallerHandler {
    private final ConnectedRepositoryStore repositories;
    private final ScanListing scans;

    public GetRepositoryScansHandler(ConnectedRepositoryStore repositories, ScanListing scans) {
        this.repositories = repositories;
        this.scans = scans;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        PageRequest page = PageRequest.of(request);
        var repository = OwnedLookup.find(request, "id", caller, "repository", repositories::find);
        return ApiResponses.json(200, PageRequest.body(scans.page(caller.userId(), repository.id(), page.limit(), page.offset()),
                ScanJson::of));
    }
}
