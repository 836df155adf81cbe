package dev.debtos.worker.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.debtos.platform.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local server speaking OpenAI's chat-completions ({@code POST /v1/chat/completions}) and Anthropic's messages
 * ({@code POST /v1/messages}) APIs, as far as the review stage uses them: the model's text comes from a {@link Model}
 * given the request's system and user text; usage fields are filled from the text lengths. Scripted failures (a
 * status with headers) are answered first, one per request. Every request is recorded.
 */
final class FakeModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();

    /** The stub model: the answer text to a system prompt and user message. */
    @FunctionalInterface
    interface Model {
        String answer(String system, String user);
    }

    record Failure(int status, Map<String, String> headers, String body) {
    }

    record Request(String path, Map<String, List<String>> headers, JsonNode body, String raw) {
        String user() {
            if (path.endsWith("/messages")) {
                return body.path("messages").get(0).path("content").isArray()
                        ? body.path("messages").get(0).path("content").get(0).path("text").asText()
                        : body.path("messages").get(0).path("content").asText();
            }
            for (JsonNode message : body.path("messages")) {
                if (message.path("role").asText().equals("user")) {
                    return message.path("content").isArray() ? message.path("content").get(0).path("text").asText()
                            : message.path("content").asText();
                }
            }
            return "";
        }

        String system() {
            if (path.endsWith("/messages")) {
                JsonNode system = body.path("system");
                return system.isArray() ? system.get(0).path("text").asText() : system.asText();
            }
            return body.path("messages").get(0).path("content").asText();
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private volatile Model model;

    private FakeModelServer(HttpServer server, Model model) {
        this.server = server;
        this.model = model;
    }

    static FakeModelServer start(Model model) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        FakeModelServer fake = new FakeModelServer(server, model);
        server.createContext("/", fake::handle);
        server.start();
        return fake;
    }

    /** The base URL both clients take: {@code http://127.0.0.1:<port>/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void model(Model value) {
        model = value;
    }

    synchronized void failNext(int status, Map<String, String> headers, String body) {
        failures.add(new Failure(status, headers, body));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    int calls() {
        return requests.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Request request = new Request(path, Map.copyOf(exchange.getRequestHeaders()), JSON.readTree(raw), raw);
            requests.add(request);
            Failure failure;
            synchronized (this) {
                failure = failures.poll();
            }
            if (failure != null) {
                failure.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                send(exchange, failure.status(), failure.body());
                return;
            }
            String text = model.answer(request.system(), request.user());
            int in = (request.system().length() + request.user().length()) / 4;
            int out = Math.max(1, text.length() / 4);
            ObjectNode body = JSON.createObjectNode();
            if (path.endsWith("/chat/completions")) {
                body.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model",
                        request.body().path("model").asText());
                ObjectNode choice = body.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", text);
                body.putObject("usage").put("prompt_tokens", in).put("completion_tokens", out).put("total_tokens", in + out);
            } else if (path.endsWith("/messages")) {
                body.put("id", "msg_1").put("type", "message").put("role", "assistant").put("model",
                        request.body().path("model").asText()).put("stop_reason", "end_turn");
                body.putArray("content").addObject().put("type", "text").put("text", text);
                body.putObject("usage").put("input_tokens", in).put("output_tokens", out);
            } else {
                send(exchange, 404, "{\"error\":\"not found\"}");
                return;
            }
            send(exchange, 200, body.toString());
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
