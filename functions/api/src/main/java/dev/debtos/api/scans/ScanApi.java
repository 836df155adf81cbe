package dev.debtos.api.scans;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Response;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.http.PageRequest;
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

    static final Tag TAG = new Tag("Scans", "Request scans, follow them, read their results and SARIF, cancel them");
    private static final Schema REQUEST = Schema.object()
            .optional("branch", Schema.string(1, 255).describe("Default: the repository's default branch"))
            .optional("commitSha", Schema.string().pattern("^[0-9a-fA-F]{40}([0-9a-fA-F]{24})?$")
                    .describe("A full commit id; default: the branch's head"))
            .optional("depth", Schema.oneOf(ScanJson.DEPTHS).withDefault("standard"))
            .closed()
            .named("ScanRequest");
    private static final Schema SARIF = Schema.object()
            .required("version", Schema.constant("2.1.0"))
            .required("runs", Schema.arrayOf(Schema.openObject()))
            .optional("$schema", Schema.string())
            .describe("A SARIF 2.1.0 log (OASIS); the full schema is https://json.schemastore.org/sarif-2.1.0.json")
            .named("SarifLog");

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/repos/{id}/scans", "postScan", Access.WRITE,
                        Operation.of(TAG, "Request a scan {branch?, commitSha?, depth?}; the active scan of the same commit is answered again")
                                .describe("Queues a manual scan. While a scan of the same commit is active, that scan is "
                                        + "answered (same id) and nothing is queued twice. No body means all defaults.")
                                .optionalBody(REQUEST)
                                .answers(202, Response.json("Queued (or already active); Location is the scan", ScanJson.SCHEMA)
                                        .withHeader("Location"))
                                .problems(400, 401, 403, 404, 413, 429, 503)),
                new Route("GET", "/api/repos/{id}/scans", "getRepositoryScans", Access.READ,
                        Operation.of(TAG, "The repository's scans, newest first (limit, offset; total)")
                                .describe("One page of the repository's scans, pull-request scans included.")
                                .query(PageRequest.QUERY)
                                .ok(PageRequest.pageOf(ScanJson.SCHEMA).named("ScanPage")).problems(400, 401, 403, 404, 429, 503)),
                new Route("GET", "/api/scans/{id}", "getScan", Access.READ,
                        Operation.of(TAG, "A scan's status, stage, progress, stats, revision and timestamps")
                                .describe("Poll this while a scan runs: `status` ends at completed, failed or cancelled.")
                                .ok(ScanJson.SCHEMA).problems(400, 401, 403, 404, 429, 503)),
                new Route("GET", "/api/scans/{id}/results", "getScanResults", Access.READ,
                        Operation.of(TAG, "A completed scan's stats, counts and the ledger items it saw (limit, offset; total)")
                                .describe("The findings the scan saw, highest priority first. 409 while the scan is not completed.")
                                .query(PageRequest.QUERY)
                                .ok(GetScanResultsHandler.SCHEMA).problems(400, 401, 403, 404, 409, 429, 503)),
                new Route("DELETE", "/api/scans/{id}", "deleteScan", Access.WRITE,
                        Operation.of(TAG, "Cancel an active scan")
                                .describe("The worker stops between stages and commits nothing. Answers the cancelled scan; "
                                        + "409 once the scan is completed, failed or cancelled.")
                                .ok(ScanJson.SCHEMA).problems(400, 401, 403, 404, 409, 429, 503)),
                new Route("GET", "/api/scans/{id}/sarif", "getScanSarif", Access.READ,
                        Operation.of(TAG, "SARIF 2.1.0 of a completed scan's findings")
                                .describe("For GitHub code scanning and other SARIF consumers; the same rules, levels and "
                                        + "fingerprints as `report.sarif`. 409 while the scan is not completed.")
                                .answers(200, new Response("SARIF 2.1.0", GetScanSarifHandler.SARIF_JSON, SARIF, List.of()))
                                .problems(400, 401, 403, 404, 409, 429, 503)));
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
