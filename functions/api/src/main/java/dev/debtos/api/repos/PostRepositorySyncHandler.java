package dev.debtos.api.repos;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.provider.UpstreamException;
import dev.debtos.platform.repos.RepositorySync;
import dev.debtos.platform.scan.ScanListing;
import java.sql.SQLException;
import java.util.UUID;

/**
 * {@code POST /api/repos/{id}/sync}: refreshes the default branch from GitHub's or GitLab's REST API (or a local
 * repository's git HEAD); 200 with the repository. A provider's failure is an {@link UpstreamException}, which the
 * route guard answers with 502 naming the provider and its status (its body never passed on).
 */
public final class PostRepositorySyncHandler implements CallerHandler {
    private final RepositorySync sync;
    private final ScanListing scans;

    public PostRepositorySyncHandler(RepositorySync sync, ScanListing scans) {
        this.sync = sync;
        this.scans = scans;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller)
            throws SQLException, UpstreamException {
        UUID id = RequestParameters.pathId(request, "id");
        var synced = sync.sync(caller.userId(), id);
        if (synced.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        return ApiResponses.json(200, RepositoryJson.withLastScan(synced.get(), scans.latest(caller.userId(), id)));
    }
}
