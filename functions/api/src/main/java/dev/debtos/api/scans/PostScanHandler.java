package dev.debtos.api.scans;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.JsonFields;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.queue.ScanQueue;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStore;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code POST /api/repos/{id}/scans} {branch?, commitSha?, depth?}: a manual scan through {@link ScanRequests}; 202
 * with the scan and {@code Location: /api/scans/{id}}. While a scan of the same commit is active the same scan is
 * answered (202, same id) and nothing is queued twice. Audited as {@code scan.trigger}.
 */
public final class PostScanHandler implements CallerHandler {
    private static final Logger LOG = LogManager.getLogger(PostScanHandler.class);

    private final ConnectedRepositoryStore repositories;
    private final ScanStore scans;
    private final Supplier<ScanQueue> queue;
    private final AuditLog audit;

    public PostScanHandler(ConnectedRepositoryStore repositories, ScanStore scans, Supplier<ScanQueue> queue, AuditLog audit) {
        this.repositories = repositories;
        this.scans = scans;
        this.queue = queue;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var body = JsonFields.objectOrEmpty(request);
        var repository = OwnedLookup.find(request, "id", caller, "repository", repositories::find);
        ScanTarget target = ScanTarget.of(body, repository);
        var wanted = new ScanStore.NewScan(repository.id(), "manual", target.branch(), target.commitSha(), null, null,
                target.depth(), caller.userId());
        ScanStore.Requested requested;
        try {
            requested = new ScanRequests(scans, queue.get()).request(wanted);
        } catch (RuntimeException e) { // the queue client (SQS) failed; the row stays queued for the reaper to re-send
            LOG.warn("scan queue unavailable: {}", e.getClass().getSimpleName());
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "the scan queue is unavailable", request);
        }
        audit.record(AuditEntries.of(request, caller, "scan.trigger", "scan", requested.scan().id().toString(),
                Map.of("repositoryId", repository.id().toString(), "created", requested.created(), "depth", target.depth())));
        var response = ApiResponses.json(202, ScanJson.of(requested.scan()));
        response.getHeaders().put("Location", "/api/scans/" + requested.scan().id());
        return response;
    }
}
