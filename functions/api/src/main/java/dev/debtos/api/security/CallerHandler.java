package dev.debtos.api.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.NotFoundException;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.provider.UpstreamException;
import java.sql.SQLException;

/**
 * A route's handler behind {@link RouteGuard}: {@code caller} is the authenticated caller (null only on public
 * routes). A {@link SQLException} becomes a 503 problem, an {@code InvalidInputException} a 400, a
 * {@code NotFoundException} a 404, an
 * {@link UpstreamException} (a git provider failed) a 502 naming the provider and its status.
 */
@FunctionalInterface
public interface CallerHandler {
    APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException, UpstreamException;
}
