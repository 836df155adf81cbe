package dev.debtos.api.embeddings;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import dev.debtos.platform.ledger.DebtQueries;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/debt/{id}/similar?limit=}: the repository's open items whose code is nearest to this item's, by
 * the stored embeddings of the chunks holding their first lines. An item whose code has no stored chunk (a
 * repository-wide finding, or a repository scanned without embeddings) answers {@code embedded: false} and no items.
 */
public final class GetSimilarDebtHandler implements CallerHandler {
    private final DebtQueries items;
    private final EmbeddingQueries embeddings;

    public GetSimilarDebtHandler(DebtQueries items, EmbeddingQueries embeddings) {
        this.items = items;
        this.embeddings = embeddings;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        int limit = RequestParameters.integer(request, "limit", 1, 50, 10);
        var item = OwnedLookup.find(request, "id", caller, "debt item", items::find);
        var similar = item.path() == null || item.startLine() == null ? java.util.Optional.<List<EmbeddingQueries.SimilarItem>>empty()
                : embeddings.similarItems(item.repositoryId(), item.id(), item.path(), item.startLine(), limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("itemId", item.id().toString());
        json.put("embedded", similar.isPresent());
        json.put("items", similar.orElse(List.of()));
        return ApiResponses.json(200, json);
    }
}
