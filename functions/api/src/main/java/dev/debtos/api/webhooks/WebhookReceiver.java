package dev.debtos.api.webhooks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.webhook.WebhookDeliveries;
import dev.debtos.platform.webhook.WebhookSecrets;
import dev.debtos.platform.webhook.WebhookTargets;
import dev.debtos.platform.webhook.WebhookTargets.Target;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What both providers' deliveries go through once parsed: verification against the secret of every user who
 * connected the repository (a scan for each one whose secret matches), the idempotency claim, then at most a
 * scans row and a queue message per repository. Nothing slow happens here, so the answer is quick.
 *
 * <p>Answers: 200 for ping and redeliveries, 202 when scans were queued or the delivery is ignored (settings off,
 * another branch, unknown event), 401 when no secret verifies it (logged as a rejected delivery), 503 when the
 * scan could not be queued (the delivery is marked failed, so the provider's redelivery is processed again).
 */
final class WebhookReceiver {
    private static final Logger LOG = LogManager.getLogger(WebhookReceiver.class);

    private final WebhookTargets targets;
    private final WebhookSecrets secrets;
    private final WebhookDeliveries deliveries;
    private final Supplier<ScanRequests> scans;
    private final AuditLog audit;

    /** One delivery, parsed: who sent it, for which repository, and what it asks. */
    record Delivery(String provider, String deliveryId, String event, String fullName, Predicate<String> verifiedBySecret,
                    WebhookIntent intent) {
    }

    WebhookReceiver(WebhookTargets targets, WebhookSecrets secrets, WebhookDeliveries deliveries, Supplier<ScanRequests> scans,
                    AuditLog audit) {
        this.targets = targets;
        this.secrets = secrets;
        this.deliveries = deliveries;
        this.scans = scans;
        this.audit = audit;
    }

    APIGatewayProxyResponseEvent receive(APIGatewayProxyRequestEvent request, Delivery delivery) throws SQLException {
        List<Target> candidates = targets.find(delivery.provider(), delivery.fullName());
        List<Target> verified = candidates.stream()
                .filter(t -> secrets.open(t.repositoryId(), t.sealedSecret()).map(delivery.verifiedBySecret()::test).orElse(false))
                .toList();
        if (verified.isEmpty()) {
            deliveries.reject(delivery.provider(), delivery.deliveryId(), delivery.event());
            // under each repository of that name, so its owners see the attempt in GET /api/audit
            if (candidates.isEmpty()) {
                record(request, delivery, null, false, Map.of("reason", "signature"));
            }
            for (Target candidate : candidates) {
                record(request, delivery, candidate, false, Map.of("reason", "signature"));
            }
            return ApiResponses.problem(ProblemType.UNAUTHORIZED, "the delivery's signature does not verify", request);
        }
        Optional<UUID> claimed = deliveries.claim(delivery.provider(), delivery.deliveryId(), delivery.event(),
                verified.getFirst().repositoryId());
        if (claimed.isEmpty()) {
            return ApiResponses.json(200, Map.of("status", "duplicate", "deliveryId", delivery.deliveryId()));
        }
        UUID row = claimed.get();
        return switch (delivery.intent()) {
            case WebhookIntent.Ping ignored -> finish(request, delivery, row, verified, "ignored", null, 200, Map.of("status", "pong"));
            case WebhookIntent.Ignored ignored -> finish(request, delivery, row, verified, "ignored", null, 202,
                    Map.of("status", "ignored", "reason", ignored.reason()));
            case WebhookIntent.Push push -> trigger(request, delivery, row, verified);
            case WebhookIntent.PullRequest pr -> trigger(request, delivery, row, verified);
        };
    }

    private APIGatewayProxyResponseEvent trigger(APIGatewayProxyRequestEvent request, Delivery delivery, UUID row,
                                                 List<Target> verified) throws SQLException {
        List<String> queued = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            for (Target target : verified) {
                Optional<ScanStore.NewScan> scan = ScanDecision.forTarget(delivery.intent(), target, skipped);
                if (scan.isPresent()) {
                    queued.add(scans.get().request(scan.get()).scan().id().toString());
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("webhook {} {}: scan not queued ({})", delivery.provider(), delivery.deliveryId(), e.getClass().getSimpleName());
            deliveries.finish(row, "failed", queued.isEmpty() ? null : UUID.fromString(queued.getFirst()));
            record(request, delivery, verified.getFirst(), false, Map.of("reason", "queue"));
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "the scan could not be queued; redeliver later", request);
        }
        if (queued.isEmpty()) {
            return finish(request, delivery, row, verified, "ignored", null, 202,
                    Map.of("status", "ignored", "reason", String.join("; ", skipped)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "scan_queued");
        body.put("scans", queued);
        return finish(request, delivery, row, verified, "scan_queued", UUID.fromString(queued.getFirst()), 202, body);
    }

    private APIGatewayProxyResponseEvent finish(APIGatewayProxyRequestEvent request, Delivery delivery, UUID row, List<Target> verified,
                                                String outcome, UUID scanId, int status, Map<String, ?> body) throws SQLException {
        deliveries.finish(row, outcome, scanId);
        record(request, delivery, verified.getFirst(), true, Map.of("outcome", outcome, "repositories", verified.size()));
        return ApiResponses.json(status, body);
    }

    private void record(APIGatewayProxyRequestEvent request, Delivery delivery, Target target, boolean success, Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>(extra);
        details.put("provider", delivery.provider());
        details.put("event", delivery.event());
        details.put("deliveryId", delivery.deliveryId());
        details.put("repository", delivery.fullName());
        audit.record(AuditEntries.of(request, Optional.empty(), Optional.empty(), "webhook.receive", "repository",
                target == null ? delivery.fullName() : target.repositoryId().toString(), success, details));
    }
}
