package dev.debtos.local.server;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.debtos.api.http.ApiFunction;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.local.web.DashboardSite;
import dev.debtos.local.web.SiteResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.apache.logging.log4j.CloseableThreadContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The local stand-in for API Gateway and CloudFront: a JDK HTTP server (starts in ~10 ms) that hands every request
 * under {@code /api}, as a proxy event, to one function and writes its proxy response back, and answers every other
 * path from the built dashboard ({@link DashboardSite}). One JSON log line per request: method, path (never the
 * query string), status and milliseconds.
 */
public final class LocalApiServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(LocalApiServer.class);
    private static final int STOP_GRACE_SECONDS = 2;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function;
    private final DashboardSite site;

    private LocalApiServer(HttpServer server, ExecutorService executor,
                           Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function, DashboardSite site) {
        this.server = server;
        this.executor = executor;
        this.function = function;
        this.site = site;
    }

    /** Binds {@code address} (port 0 picks a free one) and starts serving the API and the dashboard. */
    public static LocalApiServer start(InetSocketAddress address,
                                       Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function,
                                       DashboardSite site) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        LocalApiServer local = new LocalApiServer(server, executor, function, site);
        server.createContext("/", local::handle);
        server.setExecutor(executor);
        server.start();
        return local;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        int status = 500;
        try (exchange) {
            if (!isApi(exchange.getRequestURI().getRawPath())) {
                status = serveSite(exchange);
                return;
            }
            APIGatewayProxyResponseEvent response;
            try {
                response = function.apply(ProxyEventTranslator.toEvent(exchange));
            } catch (ProxyEventTranslator.BodyTooLargeException e) {
                // API Gateway's own limit in AWS; here a problem like every other answer, with the same headers
                var request = ProxyEventTranslator.head(exchange);
                response = ApiFunction.withStandardHeaders(request, ApiResponses.problem(ProblemType.PAYLOAD_TOO_LARGE,
                        "request bodies are limited to " + ProxyEventTranslator.MAX_BODY_BYTES + " bytes", request));
            }
            status = response.getStatusCode() == null ? 500 : response.getStatusCode();
            ProxyEventTranslator.write(response, exchange);
        } catch (RuntimeException e) {
            LOG.error("local runtime failed to serve a request: {}", e.getClass().getSimpleName());
            var request = ProxyEventTranslator.head(exchange);
            ProxyEventTranslator.write(ApiFunction.withStandardHeaders(request, ApiResponses.problem(ProblemType.INTERNAL,
                    "the request failed; quote the request id when reporting it", request)), exchange);
        } finally {
            logRequest(exchange, status, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static boolean isApi(String rawPath) {
        return rawPath.equals("/api") || rawPath.startsWith("/api/");
    }

    private int serveSite(HttpExchange exchange) throws IOException {
        SiteResponse response = site.serve(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("If-None-Match"), exchange.getRequestHeaders().getFirst("Accept-Encoding"));
        response.headers().forEach((name, value) -> {
            if (!name.equals("Content-Length")) {
                exchange.getResponseHeaders().set(name, value);
            }
        });
        boolean noBody = response.status() == 304 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            exchange.getResponseBody().write(response.body());
        }
        return response.status();
    }

    private static void logRequest(HttpExchange exchange, int status, long millis) {
        try (var context = CloseableThreadContext.put("method", exchange.getRequestMethod())
                .put("path", exchange.getRequestURI().getRawPath())
                .put("status", Integer.toString(status))
                .put("ms", Long.toString(millis))) {
            LOG.info("request");
        }
    }

    /** Stops accepting, lets running exchanges finish (up to 2 s), then stops the worker threads. */
    @Override
    public void close() {
        server.stop(STOP_GRACE_SECONDS);
        executor.close();
    }
}
