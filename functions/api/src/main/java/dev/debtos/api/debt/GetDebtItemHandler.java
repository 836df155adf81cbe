package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.DebtQueries;
import java.sql.SQLException;
import java.util.Map;

/** {@code GET /api/debt/{id}}: one item of the caller's with evidence and its history (newest 200 events first). */
public final class GetDebtItemHandler implements CallerHandler {
    static final int MAX_EVENTS = 200;
    private final DebtQueries queries;

    public GetDebtItemHandler(DebtQueries queries) {
        this.queries = queries;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var item = OwnedLookup.find(request, "id", caller, "debt item", queries::find);
        Map<String, Object> json = DebtJson.item(item, true);
        json.put("events", queries.events(item.id(), MAX_EVENTS).stream().map(DebtJson::event).toList());
        return ApiResponses.json(200, json);
    }
}
