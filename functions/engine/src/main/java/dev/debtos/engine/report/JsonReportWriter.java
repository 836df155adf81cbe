package dev.debtos.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.DebtScore;
import dev.debtos.engine.findings.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code report.json}: the whole analysis result under camelCase names (the record components), preceded by
 * {@code schemaVersion}, {@code tool} and {@code summary}. Lists come in a fixed order and maps sorted by key, so two
 * analyses of the same tree give the same bytes except for {@code analyzedAt}.
 */
public final class JsonReportWriter implements ReportWriter {

    public static final String FILE_NAME = "report.json";
    /** Bumped when a field is renamed or removed; adding a field keeps the version. */
    public static final String SCHEMA_VERSION = "1";

    private final ReportTool tool;
    private final ObjectMapper mapper = ReportJson.mapper();

    public JsonReportWriter() {
        this(ReportTool.current());
    }

    public JsonReportWriter(ReportTool tool) {
        this.tool = tool;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AnalysisResult result, Path sourceRoot, Path outputFile) throws IOException {
        ReportFile.replace(outputFile, toBytes(result));
    }

    /** The document, for callers that store or send it without a file. */
    public byte[] toBytes(AnalysisResult result) throws IOException {
        ObjectNode document = mapper.createObjectNode();
        document.put("schemaVersion", SCHEMA_VERSION);
        document.putObject("tool").put("name", tool.name()).put("version", tool.version());
        document.set("summary", summary(result));
        document.setAll((ObjectNode) mapper.valueToTree(CanonicalOrder.of(result)));
        byte[] json = ReportJson.writer(mapper, result.findings().size()).writeValueAsBytes(document);
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    private ObjectNode summary(AnalysisResult result) {
        FindingCounts counts = FindingCounts.of(result.findings());
        ObjectNode summary = mapper.createObjectNode();
        summary.put("findings", counts.total());
        ObjectNode bySeverity = summary.putObject("findingsBySeverity");
        for (Map.Entry<Severity, Integer> entry : counts.bySeverity().entrySet()) {
            bySeverity.put(entry.getKey().key(), entry.getValue());
        }
        ObjectNode byType = summary.putObject("findingsByType");
        counts.byType().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.key().compareTo(b.key())))
                .forEach(entry -> byType.put(entry.getKey().key(), entry.getValue()));
        summary.put("remediationMinutes", counts.remediationMinutes());
        DebtScore score = result.score();
        if (score != null) {
            summary.put("debtRating", String.valueOf(score.rating()));
            summary.put("debtRatio", score.debtRatio());
            summary.put("codeLines", score.codeLines());
        }
        summary.put("filesMeasured", result.inventory() == null ? result.files().size() : result.inventory().filesMeasured());
        summary.put("hotspots", result.hotspots().size());
        summary.put("cloneGroups", result.clones().size());
        summary.put("dependencyCycles", result.cycles().size());
        summary.put("satdComments", result.satd().size());
        summary.put("suppressed", result.suppressed().size());
        return summary;
    }
}
