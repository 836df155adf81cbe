package dev.debtos.api.embeddings;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.JsonBody;
import dev.debtos.api.http.JsonFields;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import dev.debtos.platform.ledger.OwnedRepositories;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/embeddings/search} {repoId, vector[384], limit?}: the nearest stored chunks of one of the caller's
 * repositories by cosine similarity. The query must be a vector: embedding text needs the in-process model, which
 * belongs to the scan's embed stage and would add the ONNX runtime to every API function; a text {@code query} is a
 * 400 naming {@code query}.
 */
public final class PostEmbeddingSearchHandler implements CallerHandler {
    private static final java.util.Set<String> FIELDS = java.util.Set.of("repoId", "vector", "limit");
    private final OwnedRepositories repositories;
    private final EmbeddingQueries embeddings;

    public PostEmbeddingSearchHandler(OwnedRepositories repositories, EmbeddingQueries embeddings) {
        this.repositories = repositories;
        this.embeddings = embeddings;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        ObjectNode body = JsonBody.object(request);
        if (body.has("query")) {
            throw new InvalidInputException("query", "text queries are not supported yet; send vector, "
                    + EmbeddingQueries.DIMENSIONS + " numbers from all-MiniLM-L6-v2");
        }
        JsonFields.allowOnly(body, FIELDS);
        UUID repositoryId = RequestParameters.id("repoId", JsonBody.string(body, "repoId", 36), "must be a repository id (UUID)");
        float[] vector = vector(body.get("vector"));
        int limit = limit(body.get("limit"));
        if (repositories.find(caller.userId(), repositoryId).isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        var matches = embeddings.nearest(repositoryId, vector, limit);
        return ApiResponses.json(200, Map.of("repositoryId", repositoryId.toString(), "items", matches));
    }

    private static float[] vector(JsonNode node) {
        if (node == null || !node.isArray() || node.size() != EmbeddingQueries.DIMENSIONS) {
            throw new InvalidInputException("vector", "must be an array of " + EmbeddingQueries.DIMENSIONS + " numbers");
        }
        float[] vector = new float[EmbeddingQueries.DIMENSIONS];
        boolean nonZero = false;
        for (int i = 0; i < vector.length; i++) {
            JsonNode value = node.get(i);
            if (!value.isNumber() || !Float.isFinite(value.floatValue())) {
                throw new InvalidInputException("vector", "must be an array of " + EmbeddingQueries.DIMENSIONS + " finite numbers");
            }
            vector[i] = value.floatValue();
            nonZero |= vector[i] != 0;
        }
        if (!nonZero) {
            throw new InvalidInputException("vector", "must not be all zeros (cosine distance is undefined)");
        }
        return vector;
    }

    private static int limit(JsonNode node) {
        if (node == null || node.isNull()) {
            return 10;
        }
        if (!node.isInt() || node.intValue() < 1 || node.intValue() > 50) {
            throw new InvalidInputException("limit", "must be an integer from 1 to 50");
        }
        return node.intValue();
    }
}
