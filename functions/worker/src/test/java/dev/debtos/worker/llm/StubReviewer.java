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
 * (all kept) unless the test says otherwise. A triage prompt is answered with a verdict per finding: actionable,
 * unless its path contains a text the test named.
 */
final class StubReviewer implements FakeModelServer.Model {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\| (.*)$", Pattern.MULTILINE);
    private static final Pattern PATH = Pattern.compile("^Path: (.*)$", Pattern.MULTILINE);
    /** How a triage prompt names each finding: {@code Finding F1: rule KEY (type, severity) in PATH, lines A-B}. */
    static final Pattern TRIAGED = Pattern.compile("^Finding (F\\d+): rule (\\S+) \\((\\w+), (\\w+)\\) in (\\S+), lines (\\d+)-(\\d+)$",
            Pattern.MULTILINE);
    static final String TRIAGE_REASON = "The stub judged the findings of this file not worth acting on.";

    private final Map<String, String> markers = new LinkedHashMap<>(); // text on a line → type reported for it
    private final List<BiConsumer<Sent, ArrayNode>> extras = new ArrayList<>();
    private boolean criticRejectsAll;
    private final List<String> notActionablePaths = new ArrayList<>();
    int reviews;
    int critics;
    int triages;

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

    /** Triage answers "not actionable" for findings in paths containing {@code text}. */
    StubReviewer notActionableIn(String text) {
        notActionablePaths.add(text);
        return this;
    }

    static boolean isTriage(String system) {
        return system.startsWith("You triage");
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
        if (isTriage(system)) {
            triages++;
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode verdicts = answer.putArray("verdicts");
            Matcher finding = TRIAGED.matcher(user);
            while (finding.find()) {
                String path = finding.group(5);
                boolean actionable = notActionablePaths.stream().noneMatch(path::contains);
                verdicts.addObject().put("id", finding.group(1)).put("actionable", actionable)
                        .put("reason", actionable ? "Worth fixing." : TRIAGE_REASON);
            }
            return answer.toString();
        }
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
