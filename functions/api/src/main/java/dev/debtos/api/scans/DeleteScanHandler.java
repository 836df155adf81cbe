package dev.debtos.api.scans;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.scan.ScanListing;
import dev.debtos.platform.scan.ScanStore;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@code DELETE /api/scans/{id}}: cancels an active scan (200 with the cancelled scan; the worker stops between
 * stages and commits nothing); 409 once the scan is completed, failed or cancelled. Audited as {@code scan.cancel}.
 */
public final class DeleteScanHandler implements CallerHandler {
    private final ScanListing listing;
    private final ScanStore scans;
    private final AuditLog audit;

    public DeleteScanHandler(ScanListing listing, ScanStore scans, AuditLog audit) {
        this.listing = listing;
        this.scans = scans;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var scan = OwnedLookup.find(request, "id", caller, "scan", listing::find);
        if (scan.isFinal() || !scans.cancel(scan.id())) { // cancel() is false when it became final meanwhile
            return ApiResponses.problem(ProblemType.CONFLICT, "the scan is already finished", request);
        }
        audit.record(AuditEntries.of(request, caller, "scan.cancel", "scan", scan.id().toString(),
                Map.of("repositoryId", scan.repositoryId().toString())));
        return ApiResponses.json(200, ScanJson.of(listing.find(caller.userId(), scan.id()).orElseThrow()));
    }
}
