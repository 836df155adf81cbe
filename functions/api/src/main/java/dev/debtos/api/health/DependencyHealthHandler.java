package dev.debtos.api.health;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The shape shared by the dependency health routes: 200 {@code {"status":"ok","latencyMs":n}} when the probe
 * answers, 503 problem when it does not. The failure's message is logged (masked) by type, never returned.
 */
abstract class DependencyHealthHandler implements Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LogManager.getLogger(DependencyHealthHandler.class);

    private final String dependency;
    private final DependencyProbe probe;

    DependencyHealthHandler(String dependency, DependencyProbe probe) {
        this.dependency = dependency;
        this.probe = probe;
    }

    @Override
    public final APIGatewayProxyResponseEvent apply(APIGatewayProxyRequestEvent request) {
        try {
            long latencyMs = probe.roundTrip().toMillis();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ok");
            body.put("latencyMs", latencyMs);
            return ApiResponses.json(200, body);
        } catch (Exception e) {
            LOG.warn("{} health check failed: {}", dependency, e.getClass().getSimpleName());
            return ApiResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE, dependency + " is unreachable", request);
        }
    }
}
