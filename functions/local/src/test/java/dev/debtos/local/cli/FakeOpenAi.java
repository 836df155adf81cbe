package dev.debtos.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat-completions server (as Ollama or vLLM serve one) with a stub model: for each sent line
 * containing {@code marker} it reports a finding of {@code type} citing that line, with usage figures. The critic's
 * prompt is answered by keeping every finding.
 */
final class FakeOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\| (.*)$", Pattern.MULTILINE);
    private static final Pattern PATH = Pattern.compile("^Path: (.*)$", Pattern.MULTILINE);

    private final HttpServer server;
    private final String marker;
    private final String type;
    final AtomicInteger calls = new AtomicInteger();

    FakeOpenAi(String marker, String type) throws IOException {
        this.marker = marker;
        this.type = type;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            calls.incrementAndGet();
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String system = request.path("messages").get(0).path("content").asText();
            String user = request.path("messages").get(1).path("content").asText();
            String text;
            if (system.startsWith("You check another reviewer")) {
                int start = user.indexOf("Findings:\n") + "Findings:\n".length();
                text = user.substring(start, user.indexOf('\n', start));
            } else {
                ObjectNode answer = JSON.createObjectNode();
                var findings = answer.putArray("findings");
                Matcher path = PATH.matcher(user);
                String file = path.find() ? path.group(1) : "";
                Matcher line = LINE.matcher(user);
                while (line.find()) {
                    if (line.group(2).contains(marker)) {
                        findings.addObject().put("path", file).put("startLine", Integer.parseInt(line.group(1)))
                                .put("endLine", Integer.parseInt(line.group(1))).put("type", type).put("severity", "medium")
                                .put("title", "Stub finding").put("explanation", "The stub model says so.")
                                .put("evidence", line.group(2).strip()).put("suggestion", "Change it.")
                                .put("effortMinutes", 15).put("confidence", 0.9);
                    }
                }
                text = answer.toString();
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", request.path("model").asText());
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            int in = (system.length() + user.length()) / 4;
            body.putObject("usage").put("prompt_tokens", in).put("completion_tokens", text.length() / 4 + 1)
                    .put("total_tokens", in + text.length() / 4 + 1);
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
