package dev.debtos.api.repos;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.PageRequest;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import java.sql.SQLException;

/** {@code GET /api/repos?limit=&offset=}: the caller's repositories, newest first, with the total. */
public final class GetRepositoriesHandler implements CallerHandler {
    private final ConnectedRepositoryStore repositories;

    public GetRepositoriesHandler(ConnectedRepositoryStore repositories) {
        this.repositories = repositories;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        PageRequest page = PageRequest.of(request);
        return ApiResponses.json(200, PageRequest.body(repositories.page(caller.userId(), page.limit(), page.offset()),
                RepositoryJson::of));
    }
}
