package dev.debtos.api.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.NotFoundException;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestContext;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Authenticator;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.Scope;
import dev.debtos.platform.provider.UpstreamException;
import dev.debtos.platform.redis.RateLimiter;
import dev.debtos.platform.validation.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The one place where every route's policy is enforced, in front of its handler, whether the route runs as its own
 * Lambda function or through the local runtime's router: body size limit, authentication (Bearer JWT or
 * X-API-Key), rate limits, the route's {@link Access}, and the mapping of invalid input (400 naming the field),
 * objects not found or not the caller's (404), git provider failures (502 naming the provider and its status, never
 * its body) and database failures (503).
 *
 * <p>Rate limits: an authenticated caller spends from one bucket per API key or per user (bearer tokens); a
 * request without valid credentials spends from its client IP's bucket, before the 401, so guessing credentials
 * is throttled. The route's {@link Access} decides the rest: health routes are exempt (monitors and load
 * balancers poll them); webhook routes spend from a per-IP bucket of their own (RATE_LIMIT_WEBHOOK_PER_MINUTE), as
 * providers send from shared addresses, and take bodies up to 1 MiB. When Redis is unreachable the limiter fails <em>open</em>: the request proceeds and a warning is logged, because an outage of a cache must
 * not take the API down; API Gateway's stage throttling stays in force as the backstop.
 */
public final class RouteGuard implements Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Push payloads list commits and files: a busy push exceeds 64 KiB. The local runtime reads at most 1 MiB. */
    public static final int MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
    private static final Logger LOG = LogManager.getLogger(RouteGuard.class);

    private final Route route;
    private final ApiSecurity security;
    private final CallerHandler handler;
    private final Set<String> queryParameters;

    public RouteGuard(Route route, ApiSecurity security, CallerHandler handler) {
        this.route = route;
        this.security = security;
        this.handler = handler;
        this.queryParameters = route.operation().query().stream().map(Parameter::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public APIGatewayProxyResponseEvent apply(APIGatewayProxyRequestEvent request) {
        int limit = route.access() == Access.WEBHOOK ? MAX_WEBHOOK_BODY_BYTES : MAX_BODY_BYTES;
        if (request.getBody() != null && request.getBody().getBytes(StandardCharsets.UTF_8).length > limit) {
            return ApiResponses.problem(ProblemType.PAYLOAD_TOO_LARGE, "request bodies are limited to " + limit + " bytes", request);
        }
        if (route.access() != Access.WEBHOOK) {
            var refused = BodyRules.refusal(route, request);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        try {
            StorableText.require(request, queryParameters);
        } catch (InvalidFieldException e) {
            return ApiResponses.problem(ProblemType.BAD_REQUEST, e.getMessage(), request);
        }
        return switch (route.access()) {
            case HEALTH -> run(request, null);
            case PUBLIC -> limitByIp(request).orElseGet(() -> run(request, null));
            case WEBHOOK -> limit(request, security.webhookLimit(), "ip:" + RequestContext.sourceIp(request).orElse("unknown"))
                    .orElseGet(() -> run(request, null));
            case READ, WRITE, ADMIN -> authenticated(request);
        };
    }

    private APIGatewayProxyResponseEvent authenticated(APIGatewayProxyRequestEvent request) {
        var outcome = security.authenticator().authenticate(RequestContext.header(request, "Authorization"),
                RequestContext.header(request, "X-API-Key"));
        return switch (outcome) {
            case Authenticator.Authenticated authenticated -> authorised(request, authenticated.caller());
            case Authenticator.Anonymous ignored -> limitByIp(request).orElseGet(() ->
                    unauthorized(request, "this route needs a bearer token or an X-API-Key"));
            case Authenticator.Rejected rejected -> limitByIp(request).orElseGet(() -> {
                security.audit().record(new AuditLog.Entry(Optional.empty(), Optional.empty(), "auth.rejected",
                        Optional.of("route"), Optional.of(route.function()), RequestContext.sourceIp(request),
                        RequestContext.userAgent(request), false, Map.of("reason", rejected.reason())));
                return unauthorized(request, "the credentials are not valid");
            });
            case Authenticator.Unavailable unavailable -> ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE,
                    unavailable.reason(), request);
        };
    }

    private APIGatewayProxyResponseEvent authorised(APIGatewayProxyRequestEvent request, Caller caller) {
        String subject = caller.apiKeyId().map(id -> "key:" + id).orElse("user:" + caller.userId());
        Optional<APIGatewayProxyResponseEvent> limited = limit(request, security.callerLimit(), subject);
        if (limited.isPresent()) {
            return limited.get();
        }
        Scope required = Scope.valueOf(route.scope().name());
        if (!caller.holds(required)) {
            return ApiResponses.problem(ProblemType.FORBIDDEN, "this route needs the " + required.wireName() + " scope", request);
        }
        return run(request, caller);
    }

    private APIGatewayProxyResponseEvent run(APIGatewayProxyRequestEvent request, Caller caller) {
        try {
            return handler.handle(request, caller);
        } catch (InvalidFieldException e) { // the API's own InvalidInputException, and the platform's rules
            var response = ApiResponses.problem(ProblemType.BAD_REQUEST, e.getMessage(), request);
            return response;
        } catch (NotFoundException e) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, e.getMessage(), request);
        } catch (UpstreamException e) {
            LOG.warn("provider failure on {}: {}", route.function(), e.detail());
            return ApiResponses.upstreamProblem(e, request);
        } catch (SQLException e) {
            LOG.warn("database failure on {}: SQLState {}", route.function(), e.getSQLState());
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, "the database is unavailable", request);
        }
    }

    private Optional<APIGatewayProxyResponseEvent> limitByIp(APIGatewayProxyRequestEvent request) {
        return limit(request, security.anonymousLimit(), "ip:" + RequestContext.sourceIp(request).orElse("unknown"));
    }

    private Optional<APIGatewayProxyResponseEvent> limit(APIGatewayProxyRequestEvent request, RateLimiter.Limit limit, String subject) {
        RateLimiter.Decision decision;
        try {
            decision = security.rateLimiter().get().acquire(limit, subject);
        } catch (RuntimeException e) {
            LOG.warn("rate limiter unavailable ({}); failing open", e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (decision.allowed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        var response = ApiResponses.problem(ProblemType.TOO_MANY_REQUESTS, "rate limit exceeded; retry after " + seconds + " s", request);
        response.getHeaders().put("Retry-After", Long.toString(seconds));
        return Optional.of(response);
    }

    private static APIGatewayProxyResponseEvent unauthorized(APIGatewayProxyRequestEvent request, String detail) {
        return ApiResponses.problem(ProblemType.UNAUTHORIZED, detail, request);
    }
}
