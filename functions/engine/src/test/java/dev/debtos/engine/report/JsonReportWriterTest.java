package dev.debtos.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.findings.DebtType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {

    private static final ReportTool TOOL = new ReportTool("debt-os", "DEBT-OS", "1.2.3", null);
    private final ObjectMapper mapper = ReportJson.mapper();

    @TempDir
    Path tree;

    @Test
    void startsWithSchemaVersionToolAndSummaryCounts() throws IOException {
        JsonNode report = write(SampleResults.shop(), "report.json");

        assertThat(report.fieldNames()).toIterable().startsWith("schemaVersion", "tool", "summary", "root");
        assertThat(report.path("schemaVersion").asText()).isEqualTo("1");
        assertThat(report.path("tool").path("name").asText()).isEqualTo("debt-os");
        assertThat(report.path("tool").path("version").asText()).isEqualTo("1.2.3");
        JsonNode summary = report.path("summary");
        assertThat(summary.path("findings").asInt()).isEqualTo(10);
        assertThat(summary.path("findingsBySeverity").toString())
                .isEqualTo("{\"critical\":1,\"high\":3,\"medium\":3,\"low\":2,\"info\":1}");
        assertThat(summary.path("findingsByType").size()).isEqualTo(DebtType.values().length);
        assertThat(summary.path("findingsByType").path("security_issue").asInt()).isEqualTo(1);
        assertThat(summary.path("findingsByType").path("flaky_tests").asInt()).isZero();
        assertThat(summary.path("remediationMinutes").asLong()).isEqualTo(910);
        assertThat(summary.path("debtRating").asText()).isEqualTo("D");
    }

    @Test
    void usesCamelCaseNamesLowerCaseKeysAndIsoInstants() throws IOException {
        JsonNode report = write(SampleResults.shop(), "report.json");

        assertThat(report.path("analyzedAt").asText()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(report.has("stageMillis")).isTrue();
        JsonNode finding = report.path("findings").get(0);
        assertThat(finding.fieldNames()).toIterable().containsExactly("ruleKey", "type", "severity", "path",
                "startLine", "endLine", "startColumn", "message", "evidence", "remediationMinutes", "fingerprint", "priority",
                "related", "role", "confidence", "excess", "source");
        assertThat(finding.path("source").asText()).isEqualTo("rules");
        assertThat(report.path("files").get(0).path("path").asText()).isEqualTo("scripts/import_legacy.py");
        assertThat(report.path("files").get(0).path("language").asText()).isEqualTo("python");
        assertThat(report.path("satd").get(0).path("category").asText()).isIn("design", "defect", "requirement");
        assertThat(report.path("score").path("rating").asText()).isEqualTo("D");
    }

    @Test
    void readsBackIntoTheSameResult() throws IOException {
        AnalysisResult result = SampleResults.shop();
        ObjectNode report = (ObjectNode) write(result, "report.json");

        report.remove(List.of("schemaVersion", "tool", "summary"));
        AnalysisResult read = mapper.treeToValue(report, AnalysisResult.class);

        assertThat(read).isEqualTo(CanonicalOrder.of(result));
    }

    @Test
    void twoRunsOverTheSameTreeDifferOnlyInAnalyzedAt() throws IOException {
        AnalysisResult first = SampleResults.shop();
        AnalysisResult second = reordered(first, Instant.parse("2026-11-21T18:05:00Z"));

        new JsonReportWriter(TOOL).write(first, tree, tree.resolve("a/report.json"));
        new JsonReportWriter(TOOL).write(second, tree, tree.resolve("b/report.json"));

        List<String> a = Files.readAllLines(tree.resolve("a/report.json"));
        List<String> b = Files.readAllLines(tree.resolve("b/report.json"));
        assertThat(a).hasSameSizeAs(b);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing.add(b.get(i).strip());
            }
        }
        assertThat(differing).containsExactly("\"analyzedAt\" : \"2026-11-21T18:05:00Z\",");
    }

    @Test
    void neverNamesTheSourceRoot() throws IOException {
        new JsonReportWriter(TOOL).write(SampleResults.shop(), tree, tree.resolve("report.json"));

        assertThat(Files.readString(tree.resolve("report.json"))).doesNotContain(tree.toString());
    }

    @Test
    void theDefaultToolIsThisBuildOfTheEngine() {
        ReportTool tool = ReportTool.current();

        assertThat(tool.name()).isEqualTo("debt-os");
        assertThat(tool.version()).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
        assertThat(new JsonReportWriter().fileName()).isEqualTo("report.json");
    }

    private JsonNode write(AnalysisResult result, String name) throws IOException {
        Path file = tree.resolve(name);
        new JsonReportWriter(TOOL).write(result, tree, file);
        return mapper.readTree(file.toFile());
    }

    /** The same analysis as parallel stages might hand it over: every list and map in another order. */
    private static AnalysisResult reordered(AnalysisResult result, Instant analyzedAt) {
        Map<String, Long> stages = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(result.stageMillis().keySet());
        Collections.sort(keys, Collections.reverseOrder());
        keys.forEach(key -> stages.put(key, result.stageMillis().get(key)));
        return new AnalysisResult(result.root(), result.commit(), analyzedAt, result.inventory(),
                reversed(result.files()), reversed(result.findings()), reversed(result.clones()),
                reversed(result.cycles()), reversed(result.satd()), reversed(result.hotspots()), result.score(), stages);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
