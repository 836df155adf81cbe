package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.ledger.LedgerCache;
import dev.debtos.platform.ledger.OwnedRepositories;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The shared shape of summary, hotspots and trends: resolve {@code {id}} through the caller (404 otherwise), then
 * answer the document from the {@link LedgerCache} or the database. {@code X-Cache: hit|miss} says which.
 */
final class CachedLedgerRead {
    /** Documents hold instants and dates: the shared mapper writes them as ISO-8601 strings. */
    private static final ObjectMapper JSON = Json.mapper();
    private final OwnedRepositories repositories;
    private final LedgerCache cache;

    CachedLedgerRead(OwnedRepositories repositories, LedgerCache cache) {
        this.repositories = repositories;
        this.cache = cache;
    }

    @FunctionalInterface
    interface Document {
        Object load(UUID repositoryId) throws SQLException;
    }

    APIGatewayProxyResponseEvent answer(APIGatewayProxyRequestEvent request, Caller caller, String name, String variant,
                                        Document document) throws SQLException {
        var repository = OwnedLookup.find(request, "id", caller, "repository", repositories::find);
        LedgerCache.Read read = cache.read(repository, name, variant, () -> write(document.load(repository.id())));
        var response = ApiResponses.rawJson(200, read.json());
        response.getHeaders().put("X-Cache", read.hit() ? "hit" : "miss");
        return response;
    }

    static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
