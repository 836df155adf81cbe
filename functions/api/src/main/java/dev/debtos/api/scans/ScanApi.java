package dev.debtos.api.scans;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.scan.ScanFindings;
import dev.debtos.platform.scan.ScanListing;
import dev.debtos.platform.scan.ScanStore;
import java.util.List;
import java.util.Map;

/**
 * Scans: request, list, status, results, cancel, SARIF: this area's routes and their handlers. A scan is reached
 * through its repository's owner; another user's scan answers 404 like a missing one.
 */
public final class ScanApi {

    private ScanApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/repos/{id}/scans", "postScan", Access.WRITE,
                        "Request a scan {branch?, commitSha?, depth?}; the active scan of the same commit is answered again",
                        List.of(202, 400, 401, 403, 404, 413, 429, 503)),
                new Route("GET", "/api/repos/{id}/scans", "getRepositoryScans", Access.READ,
                        "The repository's scans, newest first (limit, offset; total)", List.of(200, 400, 401, 403, 404, 429, 503)),
                new Route("GET", "/api/scans/{id}", "getScan", Access.READ,
                        "A scan's status, stage, progress, stats, revision and timestamps", List.of(200, 400, 401, 403, 404, 429, 503)),
                new Route("GET", "/api/scans/{id}/results", "getScanResults", Access.READ,
                        "A completed scan's stats, counts and the ledger items it saw (limit, offset; total)",
                        List.of(200, 400, 401, 403, 404, 409, 429, 503)),
                new Route("DELETE", "/api/scans/{id}", "deleteScan", Access.WRITE,
                        "Cancel an active scan", List.of(200, 400, 401, 403, 404, 409, 429, 503)),
                new Route("GET", "/api/scans/{id}/sarif", "getScanSarif", Access.READ,
                        "SARIF 2.1.0 of a completed scan's findings", List.of(200, 400, 401, 403, 404, 409, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        var database = services.dependencies().database();
        var repositories = new ConnectedRepositoryStore(database);
        var listing = new ScanListing(database);
        var findings = new ScanFindings(database);
        var store = new ScanStore(database);
        return Map.of(
                "postScan", new PostScanHandler(repositories, store, () -> services.dependencies().queue().get(), services.audit()),
                "getRepositoryScans", new GetRepositoryScansHandler(repositories, listing),
                "getScan", new GetScanHandler(listing),
                "getScanResults", new GetScanResultsHandler(listing, findings),
                "deleteScan", new DeleteScanHandler(listing, store, services.audit()),
                "getScanSarif", new GetScanSarifHandler(listing, findings, repositories));
    }
}
