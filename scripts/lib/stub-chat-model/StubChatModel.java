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
 * finding. A triage gets a verdict per finding from a fixed keyword rule, not a judgement: "not actionable" when at
 * least a quarter of the finding's sent code lines are {@code case} labels (a dispatch or lookup table), else
 * "actionable". Given a labels file ({@code java StubChatModel.java <port> <labels.tsv>}, the triage benchmark's), it
 * answers triage from the labels instead (by path and start line): a perfect judge, the upper bound of what triage can
 * do to the top of the plan. Usage is 4 characters a token of the request's messages and of the answer, as a real tokenizer roughly
 * counts code. Prints one line per request on stderr.
 */
public class StubChatModel {
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\| (.*)$", Pattern.MULTILINE);
    private static final Pattern PATH = Pattern.compile("Path: ([^\\\\\\n]*)");
    private static final Pattern TRIAGED = Pattern.compile("^Finding (F\\d+): rule \\S+ \\([^)]*\\) in (\\S+), lines (\\d+)-",
            Pattern.MULTILINE);
    private static final java.util.Map<String, Boolean> LABELS = new java.util.HashMap<>();
    private static final Pattern CASE = Pattern.compile("^\\d+\\| \\s*(case |default:)", Pattern.MULTILINE);

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        if (args.length > 1) {
            for (String row : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]))) {
                String[] cells = row.split("\t");
                if (!row.startsWith("#") && cells.length > 5 && !cells[0].equals("fingerprint")) {
                    LABELS.put(cells[3] + ":" + cells[4], cells[5].equals("actionable"));
                }
            }
        }
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
            if (all.startsWith("You triage")) {
                text = triage(all);
            } else if (all.startsWith("You check another reviewer")) {
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

    /** One verdict per finding of a triage prompt, by the keyword rule above. */
    private static String triage(String prompt) {
        StringBuilder verdicts = new StringBuilder();
        Matcher finding = TRIAGED.matcher(prompt);
        int at = finding.find() ? finding.start() : -1;
        while (at >= 0) {
            String id = finding.group(1);
            Boolean label = LABELS.get(finding.group(2) + ":" + finding.group(3));
            int next = finding.find() ? finding.start() : -1;
            String block = prompt.substring(at, next < 0 ? prompt.length() : next);
            int lines = LINE.matcher(block).results().mapToInt(m -> 1).sum();
            int cases = CASE.matcher(block).results().mapToInt(m -> 1).sum();
            boolean table = LABELS.isEmpty() ? lines > 0 && cases * 4 >= lines : Boolean.FALSE.equals(label);
            verdicts.append(verdicts.isEmpty() ? "" : ", ").append("{\"id\": \"").append(id).append("\", \"actionable\": ")
                    .append(!table).append(", \"reason\": \"")
                    .append(!table ? "The stub found no reason against it." : LABELS.isEmpty()
                            ? "A dispatch table: its branches are the domain's cases." : "Labelled not actionable in the sample.")
                    .append("\"}");
            at = next;
        }
        return "{\"verdicts\": [" + verdicts + "]}";
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
