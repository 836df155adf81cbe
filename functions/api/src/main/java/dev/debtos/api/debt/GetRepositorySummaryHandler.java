package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.SummaryQueries;
import java.sql.SQLException;

/** {@code GET /api/repos/{id}/summary}: debt ratio, rating, totals and remediation plan ({@link SummaryQueries}), cached. */
public final class GetRepositorySummaryHandler implements CallerHandler {
    static final int TOP_PER_STEP = 10;
    private final CachedLedgerRead reads;
    private final SummaryQueries summaries;

    GetRepositorySummaryHandler(CachedLedgerRead reads, SummaryQueries summaries) {
        this.reads = reads;
        this.summaries = summaries;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        return reads.answer(request, caller, "summary", "top=" + TOP_PER_STEP, id -> summaries.summary(id, TOP_PER_STEP));
    }
}
