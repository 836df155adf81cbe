package dev.debtos.api.scans;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.NotFoundException;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.report.SarifReportWriter;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.LedgerItem;
import dev.debtos.platform.ledger.ScanFindings;
import dev.debtos.platform.repos.ConnectedRepository;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.repos.Page;
import dev.debtos.platform.scan.ScanListing;
import dev.debtos.platform.scan.ScanStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/scans/{id}/sarif}: SARIF 2.1.0 of the findings a completed scan saw, built from the ledger rows
 * by the engine's own SARIF writer (same rules, levels, fingerprints and 5,000-result cap as {@code report.sarif}; the
 * run's properties count all the scan's findings, its automation details name the repository and the scan's branch).
 * Repository-wide findings carry no location here: the ledger holds no file to pin them to.
 */
public final class GetScanSarifHandler implements CallerHandler {
    public static final String SARIF_JSON = "application/sarif+json";

    private final ScanListing scans;
    private final ScanFindings findings;
    private final ConnectedRepositoryStore repositories;

    public GetScanSarifHandler(ScanListing scans, ScanFindings findings, ConnectedRepositoryStore repositories) {
        this.scans = scans;
        this.findings = findings;
        this.repositories = repositories;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var scan = OwnedLookup.find(request, "id", caller, "scan", scans::find);
        ConnectedRepository repository = repositories.find(caller.userId(), scan.repositoryId())
                .orElseThrow(() -> new NotFoundException("scan"));
        if (scan.status() != ScanStatus.COMPLETED) {
            return ApiResponses.problem(ProblemType.CONFLICT, "the scan is " + scan.status()
                    + "; its SARIF exists once it is completed", request);
        }
        Page<LedgerItem> top = findings.page(scan.id(), SarifReportWriter.GITHUB_RESULT_LIMIT, 0);
        List<LedgerItem> items = top.items();
        var result = new AnalysisResult(repository.fullName(), scan.commitSha(), scan.finishedAt(), null,
                List.of(), items.stream().map(LedgerItem::asFinding).toList(), List.of(), List.of(), List.of(), List.of(),
                null, Map.of());
        String sarif;
        try {
            sarif = new String(new SarifReportWriter().toBytes(result, null, scan.branch(), top.total()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", SARIF_JSON);
        return new APIGatewayProxyResponseEvent().withStatusCode(200).withHeaders(headers).withBody(sarif).withIsBase64Encoded(false);
    }
}
