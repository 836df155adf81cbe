package dev.debtos.api.embeddings;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
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
        var repository = OwnedLookup.find(request, "repoId", caller, "repository", repositories::find);
        return ApiResponses.json(200, EmbeddingJson.coverage(embeddings.coverage(repository.id(), repository.fullName()), true));
    }
}
