package dev.debtos.local.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The GitHub REST calls a PR scan makes, recorded: listing the PR's comments answers none, adding a comment answers
 * 201 with an id, a commit status 201. Anything else is 404.
 */
final class FakeGitHubApi implements AutoCloseable {
    record Call(String method, String pathAndQuery, String authorization, String body) {
        String line() {
            return method + " " + pathAndQuery;
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private FakeGitHubApi(HttpServer server) {
        this.server = server;
    }

    static FakeGitHubApi start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        FakeGitHubApi api = new FakeGitHubApi(server);
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(method, query == null ? path : path + "?" + query,
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (method.equals("GET") && path.matches("/repos/[^/]+/[^/]+/issues/\\d+/comments")) {
            respond(exchange, 200, "[]");
        } else if (method.equals("POST") && path.matches("/repos/[^/]+/[^/]+/issues/\\d+/comments")) {
            respond(exchange, 201, "{\"id\": 501}");
        } else if (method.equals("POST") && path.matches("/repos/[^/]+/[^/]+/statuses/[0-9a-f]{40}")) {
            respond(exchange, 201, "{\"id\": 601, \"state\": \"failure\"}");
        } else {
            respond(exchange, 404, "{\"message\": \"Not Found\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
