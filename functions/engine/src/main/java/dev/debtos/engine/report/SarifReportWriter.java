package dev.debtos.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.suppression.SuppressedFinding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code report.sarif}: SARIF 2.1.0 with one run, shaped for GitHub code scanning (rules with short and full
 * descriptions, help, a help page, precision and problem severity; a location and {@code partialFingerprints} on every
 * result, relative URIs under {@code %SRCROOT%}; {@code runAutomationDetails} naming the repository and branch).
 * Results are the findings by priority: GitHub keeps only the first 5,000 results of a run (and rejects a run of more
 * than 25,000), so at most 5,000 are written, the ones that matter most, and {@code run.properties} counts the rest.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String FILE_NAME = "report.sarif";
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** How many results of a run GitHub code scanning keeps (it shows the first 5,000 and drops the rest). */
    public static final int GITHUB_RESULT_LIMIT = 5_000;

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

    /** The run of an analysed working tree: its branch is the one checked out there, its findings are all there are. */
    public byte[] toBytes(AnalysisResult result, Path sourceRoot) throws IOException {
        return toBytes(result, sourceRoot, GitBranch.of(sourceRoot).orElse(null), result.findings().size());
    }

    /**
     * @param branch        the branch analysed, or null when not known (a detached checkout)
     * @param totalFindings how many findings the analysis had, when {@code result} holds only the top ones
     */
    public byte[] toBytes(AnalysisResult result, Path sourceRoot, String branch, long totalFindings) throws IOException {
        List<Finding> reported = FindingRanking.top(result.findings(), resultLimit);
        long total = Math.max(totalFindings, result.findings().size());
        JsonNodeFactory json = mapper.getNodeFactory();
        // suppressed findings follow as results with SARIF suppressions, so viewers show them as suppressed
        List<SuppressedFinding> suppressed = result.suppressed().stream()
                .limit(Math.max(0, resultLimit - reported.size())).toList();
        List<Finding> described = new java.util.ArrayList<>(reported);
        suppressed.forEach(s -> described.add(s.finding()));
        SarifRules rules = SarifRules.of(described, tool);

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
        run.set("automationDetails", automationDetails(result, branch));
        run.putObject("originalUriBaseIds").putObject(SarifResults.SRCROOT)
                .putObject("description").put("text", "The root of the analysed repository.");
        SarifResults results = new SarifResults(json, rules, RepositoryAnchor.find(result, sourceRoot));
        run.set("results", results.toJson(reported).addAll(results.suppressedJson(suppressed)));
        run.set("properties", runProperties(result, reported.size(), total, branch));
        byte[] sarif = ReportJson.writer(mapper, result.findings().size()).writeValueAsBytes(log);
        byte[] withNewline = Arrays.copyOf(sarif, sarif.length + 1);
        withNewline[sarif.length] = '\n';
        return withNewline;
    }

    /**
     * {@code runAutomationDetails}: the id {@code debt-os/<repository>/<branch>}. GitHub reads what comes before the
     * last {@code /} as the analysis category, so the category is the tool and repository (analyses of several
     * directories of one repository stay apart) and the branch is the run's own part, its {@code /} written as
     * {@code %2F}; without a branch the id ends at the category.
     */
    private ObjectNode automationDetails(AnalysisResult result, String branch) {
        ObjectNode details = mapper.createObjectNode();
        String run = branch == null ? "" : branch.replace("%", "%25").replace("/", "%2F");
        details.put("id", tool.name() + "/" + result.root() + "/" + run);
        details.putObject("description").put("text", tool.displayName() + " analysis of " + result.root()
                + (branch == null ? "" : " on branch " + branch) + (result.commit() == null ? "" : " at " + result.commit()));
        return details;
    }

    private ObjectNode runProperties(AnalysisResult result, int reported, long total, String branch) {
        ObjectNode properties = mapper.createObjectNode();
        properties.put("repository", result.root());
        if (branch != null) {
            properties.put("branch", branch);
        }
        if (result.commit() != null) {
            properties.put("commit", result.commit());
        }
        properties.put("totalFindings", total);
        properties.put("reportedResults", reported);
        properties.put("omittedResults", total - reported);
        properties.put("resultLimit", resultLimit);
        properties.put("truncated", reported < total);
        if (result.score() != null) {
            properties.put("debtRating", String.valueOf(result.score().rating()));
            properties.put("debtRatio", result.score().debtRatio());
        }
        return properties;
    }
}
