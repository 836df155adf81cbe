package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
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
        var id = RequestParameters.pathId(request, "id");
        var item = queries.find(caller.userId(), id);
        if (item.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no debt item with this id", request);
        }
        Map<String, Object> json = DebtJson.item(item.get(), true);
        json.put("events", queries.events(id, MAX_EVENTS).stream().map(DebtJson::event).toList());
        return ApiResponses.json(200, json);
    }
}
