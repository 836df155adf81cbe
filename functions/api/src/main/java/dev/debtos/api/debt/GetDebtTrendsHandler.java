package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.TrendQueries;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code GET /api/repos/{id}/debt/trends?days=1..365 (30)}: one point per UTC day ({@link TrendQueries}), cached;
 * the key carries today's date, so a new day never serves yesterday's window.
 */
public final class GetDebtTrendsHandler implements CallerHandler {
    static final Parameter DAYS = Parameter.query("days", Schema.integer(1, 365).withDefault(30), "UTC days, today included");
    static final Schema SCHEMA = Schema.object()
            .required("repositoryId", Schema.uuid())
            .required("days", Schema.integer(1, 365))
            .required("from", Schema.date())
            .required("to", Schema.date().describe("Today (UTC)"))
            .required("points", Schema.arrayOf(Schema.object()
                    .required("date", Schema.date())
                    .required("open", Schema.mapOf(Schema.integer()).describe("Unresolved items by severity at the end of the day"))
                    .required("openTotal", Schema.integer())
                    .required("detected", Schema.integer())
                    .required("resolved", Schema.integer())
                    .required("scans", Schema.integer().describe("Ledger scans completed that day"))
                    .required("rating", Schema.string().nullable().describe("The day's last scan's rating"))
                    .required("debtRatio", Schema.number().nullable())
                    .named("TrendPoint")).describe("One per day, oldest first"))
            .named("Trends");
    private final CachedLedgerRead reads;
    private final TrendQueries trends;
    private final Clock clock;

    GetDebtTrendsHandler(CachedLedgerRead reads, TrendQueries trends, Clock clock) {
        this.reads = reads;
        this.trends = trends;
        this.clock = clock;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        int days = RequestParameters.integer(request, "days", 1, 365, 30);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return reads.answer(request, caller, "trends", "days=" + days + ":" + today, id -> trends.trends(id, days, today));
    }
}
