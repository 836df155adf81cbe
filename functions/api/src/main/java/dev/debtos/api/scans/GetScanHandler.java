package dev.debtos.api.scans;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.scan.ScanListing;
import java.sql.SQLException;

/** {@code GET /api/scans/{id}}: status, stage, progress, stats, trigger, revision, timestamps and error. */
public final class GetScanHandler implements CallerHandler {
    private final ScanListing scans;

    public GetScanHandler(ScanListing scans) {
        this.scans = scans;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        return ApiResponses.json(200, ScanJson.of(OwnedLookup.find(request, "id", caller, "scan", scans::find)));
    }
}
