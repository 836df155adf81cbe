package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.HotspotQueries;
import java.sql.SQLException;

/** {@code GET /api/repos/{id}/debt/hotspots?limit=1..100 (20)}: files by churn × complexity ({@link HotspotQueries}), cached. */
public final class GetDebtHotspotsHandler implements CallerHandler {
    private final CachedLedgerRead reads;
    private final HotspotQueries hotspots;

    GetDebtHotspotsHandler(CachedLedgerRead reads, HotspotQueries hotspots) {
        this.reads = reads;
        this.hotspots = hotspots;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        int limit = RequestParameters.integer(request, "limit", 1, 100, 20);
        return reads.answer(request, caller, "hotspots", "limit=" + limit, id -> hotspots.hotspots(id, limit));
    }
}
