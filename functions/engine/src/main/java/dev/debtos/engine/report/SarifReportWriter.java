package dev.debtos.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.findings.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code report.sarif}: SARIF 2.1.0 with one run, shaped for GitHub code scanning (rules with short and full
 * descriptions and help, a location and {@code partialFingerprints} on every result, relative URIs under
 * {@code %SRCROOT%}). Results are the findings by priority; GitHub rejects a run of more than 25,000 results, so the
 * rest are left out and {@code run.properties} says how many.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String FILE_NAME = "report.sarif";
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** GitHub code scanning's hard limit of results per run. */
    public static final int GITHUB_RESULT_LIMIT = 25_000;

    private final ReportTool tool;
    private final int resultLimit;
    private final ObjectMapper mapper = ReportJson.mapper();

    public SarifReportWriter() {
        this(ReportTool.current());
    }

    public SarifReportWriter(ReportTool tool) {
        this(tool, GITHUB_RESULT_LIMIT);
    }

    SarifReportWriter(ReportTool tool, int resultLimit) {
        this.tool = tool;
        this.resultLimit = resultLimit;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AnalysisResult result, Path sourceRoot, Path outputFile) throws IOException {
        ReportFile.replace(outputFile, toBytes(result, sourceRoot));
    }

    public byte[] toBytes(AnalysisResult result, Path sourceRoot) throws IOException {
        List<Finding> reported = FindingRanking.top(result.findings(), resultLimit);
        JsonNodeFactory json = mapper.getNodeFactory();
        SarifRules rules = SarifRules.of(reported);

        ObjectNode log = json.objectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", tool.displayName());
        if (tool.informationUri() != null) {
            driver.put("informationUri", tool.informationUri());
        }
        driver.put("semanticVersion", tool.version());
        driver.set("rules", rules.toJson(json));
        run.putObject("originalUriBaseIds").putObject(SarifResults.SRCROOT)
                .putObject("description").put("text", "The root of the analysed repository.");
        run.set("results", new SarifResults(json, rules, RepositoryAnchor.find(result, sourceRoot)).toJson(reported));
        run.set("properties", runProperties(result, reported.size()));
        byte[] sarif = ReportJson.writer(mapper, result.findings().size()).writeValueAsBytes(log);
        byte[] withNewline = Arrays.copyOf(sarif, sarif.length + 1);
        withNewline[sarif.length] = '\n';
        return withNewline;
    }

    private ObjectNode runProperties(AnalysisResult result, int reported) {
        ObjectNode properties = mapper.createObjectNode();
        properties.put("repository", result.root());
        if (result.commit() != null) {
            properties.put("commit", result.commit());
        }
        properties.put("totalFindings", result.findings().size());
        properties.put("reportedResults", reported);
        properties.put("resultLimit", resultLimit);
        properties.put("truncated", reported < result.findings().size());
        if (result.score() != null) {
            properties.put("debtRating", String.valueOf(result.score().rating()));
            properties.put("debtRatio", result.score().debtRatio());
        }
        return properties;
    }
}
