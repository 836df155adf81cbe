package dev.debtos.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.DebtScore;
import dev.debtos.engine.findings.Severity;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
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
        ReportFile.replace(outputFile, out -> writeTo(result, out));
    }

    /** The document, for callers that store or send it without a file. */
    public byte[] toBytes(AnalysisResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(result, out);
        return out.toByteArray();
    }

    /**
     * Streams the document: the head ({@code schemaVersion}, {@code tool}, {@code summary}) as one small object
     * without its closing brace, then the result's own fields, serialised straight from the records (no tree of
     * the whole result in memory), as the members that follow; the same writer lays out both, so the bytes are
     * those of one object.
     */
    private void writeTo(AnalysisResult result, OutputStream out) throws IOException {
        ObjectWriter writer = ReportJson.writer(mapper, result.findings().size());
        ObjectNode head = mapper.createObjectNode();
        head.put("schemaVersion", SCHEMA_VERSION);
        head.putObject("tool").put("name", tool.name()).put("version", tool.version());
        head.set("summary", summary(result));
        byte[] headBytes = writer.writeValueAsBytes(head);
        int end = headBytes.length;                           // without the head's closing brace and the line break before it
        while (headBytes[end - 1] != '}') {
            end--;
        }
        end--;
        while (headBytes[end - 1] == '\n' || headBytes[end - 1] == ' ') {
            end--;
        }
        out.write(headBytes, 0, end);
        out.write(',');
        writer.writeValue(new WithoutOpeningBrace(out), CanonicalOrder.of(result));
        out.write('\n');
        out.flush();
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

    /** Passes everything on but the first byte (the opening brace of the result's own object), and never closes. */
    private static final class WithoutOpeningBrace extends FilterOutputStream {
        private boolean skipped;

        WithoutOpeningBrace(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (skipped) {
                out.write(b);
            } else {
                skipped = true;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > 0 && !skipped) {
                skipped = true;
                offset++;
                length--;
            }
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
