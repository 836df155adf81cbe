package dev.debtos.api.embeddings;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import java.sql.SQLException;
import java.util.Map;

/** {@code GET /api/embeddings/status}: per repository of the caller's, files embedded vs files in the latest scan. */
public final class GetEmbeddingStatusHandler implements CallerHandler {
    private final EmbeddingQueries embeddings;

    public GetEmbeddingStatusHandler(EmbeddingQueries embeddings) {
        this.embeddings = embeddings;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var items = embeddings.coverageOf(caller.userId()).stream().map(c -> EmbeddingJson.coverage(c, false)).toList();
        return ApiResponses.json(200, Map.of("items", items));
    }
}
