package dev.debtos.api.webhooks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestContext;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.webhook.WebhookSignatures;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/webhooks/github}: a delivery with {@code X-GitHub-Event}, {@code X-GitHub-Delivery} (the
 * idempotency key) and {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body under the repository's secret).
 * The repository is {@code repository.full_name}. Only the JSON content type is accepted (the form-encoded one
 * would sign a different body than the one parsed).
 */
public final class PostGitHubWebhookHandler implements CallerHandler {
    private final Optional<WebhookReceiver> receiver;

    PostGitHubWebhookHandler(Optional<WebhookReceiver> receiver) {
        this.receiver = receiver;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller ignored) throws SQLException {
        if (receiver.isEmpty()) {
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "webhooks are not configured", request);
        }
        String contentType = RequestContext.header(request, "Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            return ApiResponses.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "set the webhook's content type to application/json", request);
        }
        String event = WebhookRequests.header(request, "X-GitHub-Event", 64);
        String deliveryId = WebhookRequests.header(request, "X-GitHub-Delivery", 100);
        byte[] raw = WebhookRequests.rawBody(request);
        JsonNode body = WebhookRequests.json(raw);
        String fullName = WebhookRequests.text(body, "repository.full_name", "/repository/full_name");
        String signature = RequestContext.header(request, "X-Hub-Signature-256").orElse(null);
        return receiver.get().receive(request, new WebhookReceiver.Delivery("github", deliveryId, event, fullName,
                secret -> WebhookSignatures.gitHubSignatureValid(raw, signature, secret), GitHubEvents.parse(event, body)));
    }
}
