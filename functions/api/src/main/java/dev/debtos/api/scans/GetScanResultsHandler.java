package dev.debtos.api.scans;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.http.PageRequest;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.scan.ScanFindings;
import dev.debtos.platform.scan.ScanListing;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/scans/{id}/results?limit=&offset=}: a completed scan's stats, its counts (new, still open,
 * reopened, resolved, from the stats the ledger stage wrote) and the ledger items it saw, by priority. 409 while the
 * scan is not completed.
 */
public final class GetScanResultsHandler implements CallerHandler {
    private final ScanListing scans;
    private final ScanFindings findings;

    public GetScanResultsHandler(ScanListing scans, ScanFindings findings) {
        this.scans = scans;
        this.findings = findings;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        PageRequest page = PageRequest.of(request);
        var scan = OwnedLookup.find(request, "id", caller, "scan", scans::find);
        if (!"completed".equals(scan.status())) {
            return ApiResponses.problem(ProblemType.CONFLICT, "the scan is " + scan.status()
                    + "; results exist once it is completed", request);
        }
        JsonNode stats = ScanJson.stats(scan);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String key : new String[] {"findings", "new", "stillOpen", "reopened", "resolved"}) {
            counts.put(key, stats.path(key).asLong(0));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scan", ScanJson.of(scan));
        body.put("stats", stats);
        body.put("counts", counts);
        body.putAll(PageRequest.body(findings.page(scan.id(), page.limit(), page.offset()), LedgerItemJson::of));
        return ApiResponses.json(200, body);
    }
}
