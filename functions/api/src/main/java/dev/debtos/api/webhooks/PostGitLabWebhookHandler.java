package dev.debtos.api.webhooks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestContext;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.webhook.WebhookSignatures;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@code POST /api/webhooks/gitlab}: a delivery with {@code X-Gitlab-Event}, {@code X-Gitlab-Token} (the
 * repository's secret, compared in constant time) and, as idempotency key, {@code Idempotency-Key} (stable across
 * GitLab's retries) or else {@code X-Gitlab-Event-UUID}. The repository is {@code project.path_with_namespace}.
 */
public final class PostGitLabWebhookHandler implements CallerHandler {
    private final Optional<WebhookReceiver> receiver;

    PostGitLabWebhookHandler(Optional<WebhookReceiver> receiver) {
        this.receiver = receiver;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller ignored) throws SQLException {
        if (receiver.isEmpty()) {
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "webhooks are not configured", request);
        }
        String event = WebhookRequests.header(request, "X-Gitlab-Event", 64);
        String deliveryId = RequestContext.header(request, "Idempotency-Key")
                .or(() -> RequestContext.header(request, "X-Gitlab-Event-UUID")).map(String::strip).orElse("");
        if (deliveryId.isEmpty() || deliveryId.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "or X-Gitlab-Event-UUID header is required");
        }
        JsonNode body = WebhookRequests.json(WebhookRequests.rawBody(request));
        String fullName = WebhookRequests.text(body, "project.path_with_namespace", "/project/path_with_namespace");
        String token = RequestContext.header(request, "X-Gitlab-Token").orElse(null);
        return receiver.get().receive(request, new WebhookReceiver.Delivery("gitlab", deliveryId, event, fullName,
                secret -> WebhookSignatures.gitLabTokenValid(token, secret), GitLabEvents.parse(event, body)));
    }
}
