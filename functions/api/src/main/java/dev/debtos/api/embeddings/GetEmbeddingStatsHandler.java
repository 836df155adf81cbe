package dev.debtos.api.embeddings;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import dev.debtos.platform.ledger.OwnedRepositories;
import java.sql.SQLException;

/** {@code GET /api/embeddings/stats/{repoId}}: one repository's coverage, chunks per model, last embedding time. */
public final class GetEmbeddingStatsHandler implements CallerHandler {
    private final OwnedRepositories repositories;
    private final EmbeddingQueries embeddings;

    public GetEmbeddingStatsHandler(OwnedRepositories repositories, EmbeddingQueries embeddings) {
        this.repositories = repositories;
        this.embeddings = embeddings;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var repositoryId = RequestParameters.pathId(request, "repoId");
        var repository = repositories.find(caller.userId(), repositoryId);
        if (repository.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        return ApiResponses.json(200, EmbeddingJson.coverage(embeddings.coverage(repositoryId, repository.get().fullName()), true));
    }
}
