package dev.debtos.api.embeddings;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Packaging;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import dev.debtos.platform.embeddings.TextEmbedders;
import dev.debtos.platform.ledger.DebtQueries;
import dev.debtos.platform.lifecycle.OnFirstUse;
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
            .required("name", Schema.string().nullable().describe("The function's name; null for lines outside functions"))
            .required("language", Schema.string())
            .required("snippet", Schema.string().describe("The chunk's first lines as written"))
            .required("score", Schema.number().describe("Cosine similarity, 1 is identical"))
            .named("EmbeddingMatch");
    private static final Schema SIMILAR_ITEM = Schema.object()
            .required("id", Schema.uuid())
            .required("ruleKey", Schema.string())
            .required("type", Schema.string())
            .required("severity", Schema.string())
            .required("status", Schema.string())
            .required("title", Schema.string())
            .required("path", Schema.string())
            .required("startLine", Schema.integer().nullable())
            .required("endLine", Schema.integer().nullable())
            .required("score", Schema.number().describe("Cosine similarity of the two items' code, 1 is identical"))
            .named("SimilarDebtItem");

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/embeddings/search", "postEmbeddingSearch", Access.READ,
                        Operation.of(TAG, "Code of a repository nearest in meaning to a text query or a vector (cosine)")
                                .describe("Send `query` (text, embedded with the deployment's model) or `vector` (384 numbers "
                                        + "from the model named in `model` of earlier answers, all-minilm-l6-v2 by default), not "
                                        + "both. Searches the chunks of the repository's last analysed tree; `paths` are globs "
                                        + "(`src/**`, `*.java`), `languages` engine language names. A text query where no model "
                                        + "is deployed is a 503. Unknown body fields are a 400 naming them.")
                                .body(Schema.object()
                                        .required("repoId", Schema.uuid())
                                        .optional("query", Schema.string(1, PostEmbeddingSearchHandler.MAX_QUERY))
                                        .optional("vector", Schema.arrayOf(Schema.number(), EmbeddingQueries.DIMENSIONS,
                                                EmbeddingQueries.DIMENSIONS).describe("Finite numbers, not all zero"))
                                        .optional("limit", Schema.integer(1, 50).withDefault(10))
                                        .optional("paths", Schema.arrayOf(Schema.string(1, 200), 0,
                                                PostEmbeddingSearchHandler.MAX_FILTERS))
                                        .optional("languages", Schema.arrayOf(Schema.oneOf(PostEmbeddingSearchHandler.LANGUAGES),
                                                0, PostEmbeddingSearchHandler.MAX_FILTERS))
                                        .closed().named("EmbeddingSearch"))
                                .ok(Schema.object()
                                        .required("repositoryId", Schema.uuid())
                                        .required("model", Schema.string().describe("The model whose vectors were compared"))
                                        .required("items", Schema.arrayOf(MATCH).describe("Most similar first"))
                                        .named("EmbeddingSearchResult"))
                                .problems(400, 401, 403, 404, 413, 429, 503))
                        .in(Packaging.SEARCH), // embeds the text query: the only route that carries the model
                new Route("GET", "/api/debt/{id}/similar", "getSimilarDebt", Access.READ,
                        Operation.of(TAG, "Open items of the same repository whose code is nearest to this item's")
                                .describe("Compares the stored embeddings of the chunks holding each item's first line. "
                                        + "`embedded` is false (and `items` empty) when this item's code has no stored chunk.")
                                .query(Parameter.query("limit", Schema.integer(1, 50).withDefault(10), "How many items, 1 to 50"))
                                .ok(Schema.object()
                                        .required("itemId", Schema.uuid())
                                        .required("embedded", Schema.bool())
                                        .required("items", Schema.arrayOf(SIMILAR_ITEM).describe("Most similar first"))
                                        .named("SimilarDebtItems"))
                                .problems(400, 401, 403, 404, 429, 503)),
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
        // built on the first text query, not during init: functions without a packaged model never try
        var model = OnFirstUse.of(() -> TextEmbedders.configured(services.config()));
        return Map.of(
                "postEmbeddingSearch", new PostEmbeddingSearchHandler(repositories, embeddings, model),
                "getSimilarDebt", new GetSimilarDebtHandler(new DebtQueries(database), embeddings),
                "getEmbeddingStatus", new GetEmbeddingStatusHandler(embeddings),
                "getEmbeddingStats", new GetEmbeddingStatsHandler(repositories, embeddings));
    }
}
