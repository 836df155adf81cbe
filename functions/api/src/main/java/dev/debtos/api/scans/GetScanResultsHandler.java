package dev.debtos.api.scans;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.http.PageRequest;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.ScanFindings;
import dev.debtos.platform.scan.ScanListing;
import dev.debtos.platform.scan.ScanStatus;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/scans/{id}/results?limit=&offset=}: a completed scan's stats, its counts (new, still open,
 * reopened, resolved, from the stats the ledger stage wrote) and the ledger items it saw, by priority. 409 while the
 * scan is not completed.
 */
public final class GetScanResultsHandler implements CallerHandler {
    private static final String[] COUNTS = {"findings", "new", "stillOpen", "reopened", "resolved"};
    static final Schema SCHEMA = schema();
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
        if (scan.status() != ScanStatus.COMPLETED) {
            return ApiResponses.problem(ProblemType.CONFLICT, "the scan is " + scan.status()
                    + "; results exist once it is completed", request);
        }
        JsonNode stats = ScanJson.stats(scan);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String key : COUNTS) {
            counts.put(key, stats.path(key).asLong(0));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scan", ScanJson.of(scan));
        body.put("stats", stats);
        body.put("counts", counts);
        body.putAll(PageRequest.body(findings.page(scan.id(), page.limit(), page.offset()), LedgerItemJson::of));
        return ApiResponses.json(200, body);
    }

    private static Schema schema() {
        Schema counts = Schema.object();
        for (String key : COUNTS) {
            counts = counts.required(key, Schema.integer());
        }
        return PageRequest.pageOf(LedgerItemJson.SCHEMA)
                .required("scan", ScanJson.SCHEMA)
                .required("stats", ScanJson.STATS)
                .required("counts", counts.describe("From the stats the ledger stage wrote; 0 where absent"))
                .named("ScanResults");
    }
}
