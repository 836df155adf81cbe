package dev.debtos.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.debt.DebtApi;
import dev.debtos.platform.auth.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Warms a process that serves the API before it answers its first request, so the dashboard opened right after
 * start does not pay for connections, class loading and first runs: the first page of the dashboard asks for about
 * five API documents at once, and on a cold process each of them would open its own database connection and load
 * the same code in turn.
 *
 * <p>What runs, in order, and what it leaves behind:
 * <ol>
 *   <li>{@code connections} database connections opened at once and validated, then returned to the pool (which
 *       keeps them: the caller sizes its pool's idle connections to match);</li>
 *   <li>the health routes ({@code /api/health}, {@code /db}, {@code /redis}) through the real router: the request and
 *       response path, a database query, and the Redis connection (health routes spend no rate limit);</li>
 *   <li>authentication without a request: a token issued to and verified for a random user id that no user has, its
 *       revocation looked up in Redis (a read), the user looked up (not found);</li>
 *   <li>the overview's and the first debt-list page's reads over a sample ledger that exists only inside a
 *       transaction which is rolled back ({@link DebtApi#primeReads}).</li>
 * </ol>
 * No row, Redis key or audit entry is left behind (the sample's rows are never committed), no user's data is read,
 * and nothing is cached, so no answer depends on whether priming ran. A step that fails is logged and the rest still run, except
 * that nothing runs after the connections fail (the database is down); priming never stops a start.
 */
public final class ApiPriming {
    private static final Logger LOG = LogManager.getLogger(ApiPriming.class);
    private static final List<String> HEALTH_PATHS = List.of("/api/health", "/api/health/db", "/api/health/redis");

    private ApiPriming() {
    }

    /** What ran: the steps that completed with their milliseconds, those that failed, and how long the whole took. */
    public record Report(Map<String, Long> completed, List<String> failed, Duration took) {
    }

    static Report prime(ApiServices services, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> router,
                        int connections) {
        long start = System.nanoTime();
        Map<String, Long> completed = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        // without a database connection the other steps would only wait for the same timeout again
        if (step("connections", () -> openConnections(services.dependencies().database(), connections), completed, failed)) {
            step("health", () -> HEALTH_PATHS.forEach(path -> router.apply(get(path))), completed, failed);
            step("authentication", () -> authenticateNobody(services), completed, failed);
            step("dashboard reads", () -> DebtApi.primeReads(services), completed, failed);
        }
        Report report = new Report(Collections.unmodifiableMap(completed), List.copyOf(failed), Duration.ofNanos(System.nanoTime() - start));
        LOG.info("primed in {} ms (step: ms): {}{}", report.took().toMillis(), completed,
                failed.isEmpty() ? "" : " (failed: " + failed + ")");
        return report;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static boolean step(String name, Step step, Map<String, Long> completed, List<String> failed) {
        long start = System.nanoTime();
        try {
            step.run();
            completed.put(name, (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (Exception e) {
            LOG.warn("priming step '{}' failed ({}); the first request will do it", name, e.getClass().getSimpleName());
            failed.add(name);
            return false;
        }
    }

    /** Opens {@code count} connections at once (at most the pool's size: the caller knows it), each validated. */
    private static void openConnections(DataSource database, int count) throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Connection>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opened.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return database.getConnection();
                    } catch (SQLException e) {
                        throw new IllegalStateException("no connection", e);
                    }
                }, threads));
            }
            Exception failure = null;
            for (var future : opened) { // every one is waited for and returned, even after a failure
                try (Connection connection = future.join()) {
                    if (!connection.isValid(2)) {
                        failure = new SQLException("an opened connection is not valid");
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static void authenticateNobody(ApiServices services) throws Exception {
        UUID nobody = UUID.randomUUID();
        var issued = services.jwt().issue(nobody, Set.of(Scope.READ));
        services.jwt().verify(issued.token());
        services.revocations().isRevoked(issued.tokenId());
        if (services.users().findActive(nobody).isPresent()) {
            throw new IllegalStateException("a random user id names a user");
        }
    }

    private static APIGatewayProxyRequestEvent get(String path) {
        return new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath(path).withHeaders(Map.of())
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
                        .withRequestId("priming-" + UUID.randomUUID())
                        .withIdentity(new APIGatewayProxyRequestEvent.RequestIdentity().withSourceIp("127.0.0.1")));
    }
}
