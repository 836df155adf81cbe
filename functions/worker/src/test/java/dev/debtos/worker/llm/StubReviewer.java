package dev.debtos.worker.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.platform.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stub model for the fake server: reads the path and the numbered lines of the fenced code the stage sent, and
 * answers what the test scripts: for each line containing a marker text, a finding citing that line verbatim; plus
 * any extra findings (fabricated ones) the test adds. The critic prompt is answered by echoing the findings it got
 * (all kept) unless the test says otherwise.
 */
final class StubReviewer implements FakeModelServer.Model {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\| (.*)$", Pattern.MULTILINE);
    private static final Pattern PATH = Pattern.compile("^Path: (.*)$", Pattern.MULTILINE);

    private final Map<String, String> markers = new LinkedHashMap<>(); // text on a line → type reported for it
    private final List<BiConsumer<Sent, ArrayNode>> extras = new ArrayList<>();
    private boolean criticRejectsAll;
    int reviews;
    int critics;

    record Sent(String path, Map<Integer, String> lines) {
    }

    StubReviewer reportLinesContaining(String text, String type) {
        markers.put(text, type);
        return this;
    }

    StubReviewer alsoReport(BiConsumer<Sent, ArrayNode> extra) {
        extras.add(extra);
        return this;
    }

    StubReviewer criticRejectsAll() {
        criticRejectsAll = true;
        return this;
    }

    static Sent sent(String user) {
        Matcher path = PATH.matcher(user);
        Map<Integer, String> lines = new LinkedHashMap<>();
        Matcher line = LINE.matcher(user);
        while (line.find()) {
            lines.put(Integer.parseInt(line.group(1)), line.group(2));
        }
        return new Sent(path.find() ? path.group(1) : "", lines);
    }

    static ObjectNode finding(ArrayNode findings, String path, int start, int end, String type, String evidence) {
        ObjectNode finding = findings.addObject();
        finding.put("path", path).put("startLine", start).put("endLine", end).put("type", type).put("severity", "medium")
                .put("title", "Stub finding of " + type).put("explanation", "Because the stub says so.")
                .put("evidence", evidence).put("suggestion", "Refactor it.").put("effortMinutes", 20).put("confidence", 0.8);
        return finding;
    }

    @Override
    public synchronized String answer(String system, String user) {
        if (system.startsWith("You check another reviewer")) {
            critics++;
            if (criticRejectsAll) {
                return "{\"findings\": []}";
            }
            int start = user.indexOf("Findings:\n") + "Findings:\n".length();
            return user.substring(start, user.indexOf('\n', start));
        }
        reviews++;
        Sent sent = sent(user);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode findings = answer.putArray("findings");
        sent.lines().forEach((number, text) -> markers.forEach((marker, type) -> {
            if (text.contains(marker)) {
                finding(findings, sent.path(), number, number, type, text.strip());
            }
        }));
        extras.forEach(extra -> extra.accept(sent, findings));
        return answer.toString();
    }
}
