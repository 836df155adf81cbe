package dev.debtos.api.embeddings;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
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

    static final Tag TAG = new Tag("Embeddings", "Semantic search over embedded code chunks, and embedding coverage");
    private static final Schema MATCH = Schema.object()
            .required("path", Schema.string())
            .required("chunkIndex", Schema.integer())
            .required("startLine", Schema.integer())
            .required("endLine", Schema.integer())
            .required("contentHash", Schema.string())
            .required("model", Schema.string())
            .required("similarity", Schema.number().describe("Cosine similarity, 1 is identical"))
            .named("EmbeddingMatch");

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/embeddings/search", "postEmbeddingSearch", Access.READ,
                        Operation.of(TAG, "Nearest stored chunks of a repository to a 384-dimension query vector (cosine)")
                                .describe("The query is a vector from all-MiniLM-L6-v2; a text `query` is a 400 naming "
                                        + "`query`. Other unknown body fields are a 400 naming them.")
                                .body(Schema.object()
                                        .required("repoId", Schema.uuid())
                                        .required("vector", Schema.arrayOf(Schema.number(), EmbeddingQueries.DIMENSIONS,
                                                EmbeddingQueries.DIMENSIONS).describe("Finite numbers, not all zero"))
                                        .optional("limit", Schema.integer(1, 50).withDefault(10))
                                        .closed().named("EmbeddingSearch"))
                                .ok(Schema.object()
                                        .required("repositoryId", Schema.uuid())
                                        .required("items", Schema.arrayOf(MATCH).describe("Most similar first"))
                                        .named("EmbeddingSearchResult"))
                                .problems(400, 401, 403, 404, 413, 429, 503)),
                new Route("GET", "/api/embeddings/status", "getEmbeddingStatus", Access.READ,
                        Operation.of(TAG, "Per repository of the caller's: files embedded vs files in the latest scan")
                                .describe("Embedding coverage of every repository of the caller's.")
                                .ok(Schema.object().required("items", Schema.arrayOf(EmbeddingJson.COVERAGE)).named("EmbeddingStatus"))
                                .problems(401, 403, 429, 503)),
                new Route("GET", "/api/embeddings/stats/{repoId}", "getEmbeddingStats", Access.READ,
                        Operation.of(TAG, "One repository's embedding coverage, chunks per model, last embedding time")
                                .describe("Coverage of one repository with its chunks per embedding model.")
                                .ok(EmbeddingJson.STATS).problems(400, 401, 403, 404, 429, 503)));
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
