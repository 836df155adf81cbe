package dev.debtos.worker.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local server speaking the parts of GitHub's and GitLab's REST APIs that PR feedback uses: PR comments / MR notes
 * (list, create, edit) and commit statuses. It checks the bearer token (401 otherwise), keeps the comments per thread,
 * and records every request. {@link #down(int)} makes every call answer that status.
 */
public final class FakeProviderServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GITHUB_COMMENTS = Pattern.compile("/repos/([^/]+/[^/]+)/issues/(\\d+)/comments");
    private static final Pattern GITHUB_COMMENT = Pattern.compile("/repos/([^/]+/[^/]+)/issues/comments/(\\d+)");
    private static final Pattern GITHUB_STATUS = Pattern.compile("/repos/([^/]+/[^/]+)/statuses/([0-9a-f]{40})");
    private static final Pattern GITLAB_NOTES = Pattern.compile("/api/v4/projects/([^/]+)/merge_requests/(\\d+)/notes");
    private static final Pattern GITLAB_NOTE = Pattern.compile("/api/v4/projects/([^/]+)/merge_requests/(\\d+)/notes/(\\d+)");
    private static final Pattern GITLAB_STATUS = Pattern.compile("/api/v4/projects/([^/]+)/statuses/([0-9a-f]{40})");

    /** One request as received: method, raw path (query excluded), query, Authorization header, body. */
    public record Recorded(String method, String path, String query, String authorization, JsonNode body) {
        public String call() {
            return method + " " + path;
        }
    }

    /** A comment the fake holds: id, body and the thread (repo + number) it belongs to. */
    public record Comment(long id, String thread, String body) {
    }

    private final HttpServer server;
    private final String token;
    private final List<Recorded> requests = new ArrayList<>();
    private final Map<Long, Comment> comments = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private volatile int downStatus;

    public FakeProviderServer(String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void down(int status) {
        downStatus = status;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<String> calls() {
        return requests.stream().map(Recorded::call).toList();
    }

    public synchronized List<Comment> comments() {
        return List.copyOf(comments.values());
    }

    public synchronized void clearRequests() {
        requests.clear();
    }

    /** A comment somebody else wrote in a thread ({@code acme/shop#7} or {@code group%2Fshop!3}). */
    public synchronized void seedComment(String thread, String body) {
        long id = ids.incrementAndGet();
        comments.put(id, new Comment(id, thread, body));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            synchronized (this) {
                requests.add(new Recorded(method, path, exchange.getRequestURI().getRawQuery(), authorization, body));
            }
            if (downStatus != 0) {
                respond(exchange, downStatus, "{\"message\":\"unavailable\"}");
            } else if (!("Bearer " + token).equals(authorization)) {
                respond(exchange, 401, "{\"message\":\"Bad credentials\"}");
            } else {
                route(exchange, method, path, body);
            }
        }
    }

    private synchronized void route(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
        Matcher m;
        if ((m = GITHUB_COMMENTS.matcher(path)).matches() || (m = GITLAB_NOTES.matcher(path)).matches()) {
            String thread = m.group(1) + (path.startsWith("/api/v4") ? "!" : "#") + m.group(2);
            if (method.equals("GET")) {
                ArrayNode list = JSON.createArrayNode();
                comments.values().stream().filter(c -> c.thread().equals(thread))
                        .forEach(c -> list.addObject().put("id", c.id()).put("body", c.body()));
                respond(exchange, 200, list.toString());
            } else if (method.equals("POST")) {
                long id = ids.incrementAndGet();
                comments.put(id, new Comment(id, thread, body.path("body").asText()));
                respond(exchange, 201, "{\"id\":" + id + "}");
            } else {
                respond(exchange, 405, "{}");
            }
        } else if ((m = GITHUB_COMMENT.matcher(path)).matches() && method.equals("PATCH")
                || (m = GITLAB_NOTE.matcher(path)).matches() && method.equals("PUT")) {
            long id = Long.parseLong(m.group(m.groupCount()));
            Comment existing = comments.get(id);
            if (existing == null) {
                respond(exchange, 404, "{}");
                return;
            }
            comments.put(id, new Comment(id, existing.thread(), body.path("body").asText()));
            respond(exchange, 200, "{\"id\":" + id + "}");
        } else if (((m = GITHUB_STATUS.matcher(path)).matches() || (m = GITLAB_STATUS.matcher(path)).matches())
                && method.equals("POST")) {
            respond(exchange, 201, "{\"id\":1}");
        } else {
            respond(exchange, 404, "{\"message\":\"Not Found\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
