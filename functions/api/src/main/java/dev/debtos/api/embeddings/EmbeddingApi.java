package dev.debtos.api.embeddings;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import dev.debtos.platform.ledger.OwnedRepositories;
import java.util.List;
import java.util.Map;

/** Semantic search over stored embeddings, and their status: this area's routes and their handlers. */
public final class EmbeddingApi {

    private EmbeddingApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/embeddings/search", "postEmbeddingSearch", Access.READ,
                        "Nearest stored chunks of a repository to a 384-dimension query vector (cosine)",
                        List.of(200, 400, 401, 403, 404, 413, 429, 503)),
                new Route("GET", "/api/embeddings/status", "getEmbeddingStatus", Access.READ,
                        "Per repository of the caller's: files embedded vs files in the latest scan", List.of(200, 401, 403, 429, 503)),
                new Route("GET", "/api/embeddings/stats/{repoId}", "getEmbeddingStats", Access.READ,
                        "One repository's embedding coverage, chunks per model, last embedding time",
                        List.of(200, 400, 401, 403, 404, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        var database = services.dependencies().database();
        var repositories = new OwnedRepositories(database);
        var embeddings = new EmbeddingQueries(database);
        return Map.of(
                "postEmbeddingSearch", new PostEmbeddingSearchHandler(repositories, embeddings),
                "getEmbeddingStatus", new GetEmbeddingStatusHandler(embeddings),
                "getEmbeddingStats", new GetEmbeddingStatsHandler(repositories, embeddings));
    }
}
