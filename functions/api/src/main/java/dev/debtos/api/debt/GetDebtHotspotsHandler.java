package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.HotspotQueries;
import java.sql.SQLException;

/** {@code GET /api/repos/{id}/debt/hotspots?limit=1..100 (20)}: files by the scan's hotspot score ({@link HotspotQueries}), cached. */
public final class GetDebtHotspotsHandler implements CallerHandler {
    static final Parameter LIMIT = Parameter.query("limit", Schema.integer(1, 100).withDefault(20), "Files to answer");
    static final Schema SCHEMA = Schema.object()
            .required("repositoryId", Schema.uuid())
            .required("scanId", Schema.uuid().nullable().describe("The latest completed scan; null before the first"))
            .required("items", Schema.arrayOf(Schema.object()
                    .required("path", Schema.string())
                    .required("language", Schema.string())
                    .required("loc", Schema.integer())
                    .required("churn", Schema.integer().describe("Commits that touched the file in the analysed history"))
                    .required("complexity", Schema.integer())
                    .required("score", Schema.number().describe("The scan's hotspot score, normalised commits x complexity (0..1), the same the hotspot findings show; highest first"))
                    .required("openFindings", Schema.integer())
                    .named("FileHotspot")))
            .named("Hotspots");
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
