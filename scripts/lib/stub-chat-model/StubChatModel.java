import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stub OpenAI-compatible chat-completions server for measuring the LLM review without a model:
 * {@code java StubChatModel.java <port>} answers POST /v1/chat/completions. For a review it reports one finding
 * citing the first sent line with a {@code catch (} verbatim (type code_smell), or none; the critic keeps every
 * finding. Usage is 4 characters a token of the request's messages and of the answer, as a real tokenizer roughly
 * counts code. Prints one line per request on stderr.
 */
public class StubChatModel {
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\| (.*)$", Pattern.MULTILINE);
    private static final Pattern PATH = Pattern.compile("Path: ([^\\\\\\n]*)");

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v1/chat/completions", StubChatModel::answer);
        server.start();
        System.err.println("stub chat model on http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder messages = new StringBuilder();
            for (int at = request.indexOf("\"content\""); at >= 0; at = request.indexOf("\"content\"", at + 1)) {
                int quote = request.indexOf('"', request.indexOf(':', at) + 1);
                messages.append(unescape(jsonString(request, quote))).append('\n');
            }
            String all = messages.toString();
            String text;
            if (all.startsWith("You check another reviewer")) {
                int start = all.indexOf("Findings:\n") + "Findings:\n".length();
                text = all.substring(start, all.indexOf('\n', start));
            } else {
                Matcher path = PATH.matcher(all);
                String file = path.find() ? path.group(1) : "";
                String finding = "";
                Matcher line = LINE.matcher(all);
                while (line.find()) {
                    if (line.group(2).contains("catch (")) {
                        finding = "{\"path\": \"" + escape(file) + "\", \"startLine\": " + line.group(1) + ", \"endLine\": "
                                + line.group(1) + ", \"type\": \"code_smell\", \"severity\": \"low\", \"title\": \"Broad catch\","
                                + " \"explanation\": \"The stub reports every first catch.\", \"evidence\": \""
                                + escape(line.group(2).strip()) + "\", \"suggestion\": \"Handle it.\", \"effortMinutes\": 10,"
                                + " \"confidence\": 0.5}";
                        break;
                    }
                }
                text = "{\"findings\": [" + finding + "]}";
            }
            int in = all.length() / 4;
            int out = text.length() / 4 + 1;
            String body = "{\"id\": \"chatcmpl-stub\", \"object\": \"chat.completion\", \"created\": 1, \"model\": \"stub\","
                    + " \"choices\": [{\"index\": 0, \"finish_reason\": \"stop\", \"message\": {\"role\": \"assistant\","
                    + " \"content\": \"" + escape(text) + "\"}}], \"usage\": {\"prompt_tokens\": " + in
                    + ", \"completion_tokens\": " + out + ", \"total_tokens\": " + (in + out) + "}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            System.err.println("stub: " + in + " + " + out + " tokens");
        }
    }

    /** The raw text of the JSON string starting at the quote {@code open} (escapes kept). */
    private static String jsonString(String json, int open) {
        int i = open + 1;
        while (i < json.length() && json.charAt(i) != '"') {
            i += json.charAt(i) == '\\' ? 2 : 1;
        }
        return json.substring(open + 1, Math.min(i, json.length()));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
