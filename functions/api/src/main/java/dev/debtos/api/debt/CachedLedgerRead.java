package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.LedgerCache;
import dev.debtos.platform.ledger.OwnedRepositories;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The shared shape of summary, hotspots and trends: resolve {@code {id}} through the caller (404 otherwise), then
 * answer the document from the {@link LedgerCache} or the database. {@code X-Cache: hit|miss} says which.
 */
final class CachedLedgerRead {
    /** Documents hold instants and dates: ISO-8601 strings, not numbers. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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
        UUID repositoryId = RequestParameters.pathId(request, "id");
        var repository = repositories.find(caller.userId(), repositoryId);
        if (repository.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no repository with this id", request);
        }
        LedgerCache.Read read = cache.read(repository.get(), name, variant,
                () -> write(document.load(repositoryId)));
        var response = ApiResponses.rawJson(200, read.json());
        response.getHeaders().put("X-Cache", read.hit() ? "hit" : "miss");
        return response;
    }

    private static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
