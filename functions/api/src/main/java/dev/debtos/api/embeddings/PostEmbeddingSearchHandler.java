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
import dev.debtos.engine.source.Language;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import dev.debtos.platform.embeddings.TextEmbedder;
import dev.debtos.platform.embeddings.TextEmbedders;
import dev.debtos.platform.ledger.OwnedRepositories;
import dev.debtos.platform.ledger.PathGlob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code POST /api/embeddings/search}: the stored chunks of one of the caller's repositories nearest to a text
 * {@code query} (embedded here with the function's model) or to a {@code vector}, by cosine similarity, optionally
 * only under some path globs and languages. Text queries need a model packaged with the function; without one they
 * are a 503 and vector queries still work.
 */
public final class PostEmbeddingSearchHandler implements CallerHandler {
    private static final java.util.Set<String> FIELDS = java.util.Set.of("repoId", "query", "vector", "limit", "paths", "languages");
    static final int MAX_QUERY = 2_000;
    static final int MAX_FILTERS = 20;
    static final List<String> LANGUAGES = Arrays.stream(Language.values()).map(l -> l.name().toLowerCase(Locale.ROOT)).toList();

    private final OwnedRepositories repositories;
    private final EmbeddingQueries embeddings;
    private final Supplier<Optional<TextEmbedder>> model;

    public PostEmbeddingSearchHandler(OwnedRepositories repositories, EmbeddingQueries embeddings,
                                      Supplier<Optional<TextEmbedder>> model) {
        this.repositories = repositories;
        this.embeddings = embeddings;
        this.model = model;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        ObjectNode body = JsonBody.object(request);
        JsonFields.allowOnly(body, FIELDS);
        UUID repositoryId = RequestParameters.id("repoId", JsonBody.string(body, "repoId", 36), "must be a repository id (UUID)");
        boolean text = present(body, "query");
        if (text == present(body, "vector")) {
            throw new InvalidInputException("query", text ? "send query or vector, not both" : "is required (or vector)");
        }
        String query = text ? JsonBody.string(body, "query", MAX_QUERY) : null;
        float[] vector = text ? null : vector(body.get("vector"));
        int limit = limit(body.get("limit"));
        List<PathGlob> paths = globs(strings(body.get("paths"), "paths", 200, null));
        List<String> languages = strings(body.get("languages"), "languages", 20, LANGUAGES);
        if (repositories.find(caller.userId(), repositoryId).isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        String modelName = TextEmbedders.DEFAULT_MODEL;
        if (text) {
            Optional<TextEmbedder> embedder = model.get();
            if (embedder.isEmpty()) {
                return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE,
                        "text search is not available in this deployment; send vector", request);
            }
            vector = embedder.get().embed(query);
            modelName = embedder.get().model();
        }
        var matches = embeddings.nearest(repositoryId, vector, new EmbeddingQueries.Filter(modelName, paths, languages), limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("repositoryId", repositoryId.toString());
        json.put("model", modelName);
        json.put("items", matches);
        return ApiResponses.json(200, json);
    }

    private static boolean present(ObjectNode body, String field) {
        return body.has(field) && !body.get(field).isNull();
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

    private static List<PathGlob> globs(List<String> globs) {
        try {
            return globs.stream().map(PathGlob::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("paths", e.getMessage());
        }
    }

    /** An optional array of up to {@link #MAX_FILTERS} non-empty strings, each one of {@code allowed} when given. */
    private static List<String> strings(JsonNode node, String field, int maxLength, List<String> allowed) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_FILTERS) {
            throw new InvalidInputException(field, "must be an array of at most " + MAX_FILTERS + " strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node) {
            String text = value.isTextual() ? value.asText().strip() : "";
            if (text.isEmpty() || text.length() > maxLength) {
                throw new InvalidInputException(field, "must hold strings of 1 to " + maxLength + " characters");
            }
            if (allowed != null && !allowed.contains(text.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException(field, "unknown language '" + text + "'; one of " + String.join(", ", allowed));
            }
            values.add(allowed == null ? text : text.toLowerCase(Locale.ROOT));
        }
        return values;
    }
}
