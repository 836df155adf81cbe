package dev.debtos.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.FindingLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.findings.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {

    private static final ReportTool TOOL = new ReportTool("debt-os", "DEBT-OS", "0.1.0-SNAPSHOT",
            "https://debt-os.example/docs", "https://debt-os.example/docs/rules/");
    private static Schema sarifSchema;
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path tree;

    @BeforeAll
    static void loadOfficialSchema() throws IOException {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = registry.getSchema(in);
        }
    }

    @Test
    void isValidAgainstTheOfficialSarifSchema() throws IOException {
        SampleSources.writeTo(tree);

        JsonNode sarif = write(SampleResults.shop(), tree);

        assertValid(sarif);
        assertThat(sarif.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("runs")).hasSize(1);
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("DEBT-OS");
        assertThat(driver.path("semanticVersion").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.path("informationUri").asText()).isEqualTo("https://debt-os.example/docs");
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws IOException {
        SampleSources.writeTo(tree);
        JsonNode sarif = write(SampleResults.shop(), tree);
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");

        assertThat(sarifSchema.validate(sarif)).isNotEmpty();
    }

    @Test
    void mapsSeveritiesToLevels() throws IOException {
        JsonNode results = write(SampleResults.shop(), tree).at("/runs/0/results");

        Map<String, String> levelBySeverity = new HashMap<>();
        for (JsonNode result : results) {
            levelBySeverity.put(result.at("/properties/severity").asText(), result.path("level").asText());
        }
        assertThat(levelBySeverity).containsExactlyInAnyOrderEntriesOf(Map.of("critical", "error", "high", "error",
                "medium", "warning", "low", "note", "info", "note"));
    }

    @Test
    void everyResultCarriesItsFingerprintAndProperties() throws IOException {
        AnalysisResult result = SampleResults.shop();
        JsonNode results = write(result, tree).at("/runs/0/results");

        assertThat(results).hasSize(result.findings().size());
        Set<String> expected = new HashSet<>(result.findings().stream().map(Finding::fingerprint).toList());
        Set<String> lineHashes = new HashSet<>();
        for (JsonNode sarifResult : results) {
            assertThat(expected.remove(sarifResult.at("/partialFingerprints/debtOs~1v1").asText())).isTrue();
            String lineHash = sarifResult.at("/partialFingerprints/primaryLocationLineHash").asText();
            assertThat(lineHash).matches("[0-9a-f]{16}:1");
            assertThat(lineHashes.add(lineHash)).isTrue();
            assertThat(sarifResult.at("/properties/remediationMinutes").isInt()).isTrue();
            assertThat(sarifResult.at("/properties/priority").isNumber()).isTrue();
            assertThat(sarifResult.at("/properties/debtType").asText()).matches("[a-z_]+");
        }
        assertThat(expected).isEmpty();
        assertThat(results.get(0).path("ruleId").asText()).isEqualTo("DEBT-SECURITY-002");
    }

    @Test
    void ruleIndexPointsAtTheResultsRule() throws IOException {
        AnalysisResult result = SampleResults.shop();
        JsonNode run = write(result, tree).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");

        List<String> ids = StreamSupport.stream(rules.spliterator(), false).map(rule -> rule.path("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().isSorted()
                .containsExactlyInAnyOrderElementsOf(result.findings().stream().map(Finding::ruleKey).distinct().toList());
        for (JsonNode sarifResult : run.path("results")) {
            JsonNode rule = rules.get(sarifResult.path("ruleIndex").asInt());
            assertThat(rule.path("id").asText()).isEqualTo(sarifResult.path("ruleId").asText());
            assertThat(rule.at("/properties/tags/0").asText()).isEqualTo(sarifResult.at("/properties/debtType").asText());
        }
        for (JsonNode rule : rules) {
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/fullDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/help/text").asText()).isNotBlank();
            boolean security = rule.path("id").asText().startsWith("DEBT-SECURITY");
            assertThat(rule.at("/properties").has("security-severity")).isEqualTo(security);
        }
        JsonNode security = rules.get(ids.indexOf("DEBT-SECURITY-002"));
        assertThat(security.at("/properties/security-severity").asText()).isEqualTo("9.5");
        assertThat(security.at("/properties/tags").toString()).isEqualTo("[\"security_issue\",\"security\"]");
        assertThat(security.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void locationsAreRelativeUrisUnderSrcRoot() throws IOException {
        SampleSources.writeTo(tree);
        String sarifText = new String(new SarifReportWriter(TOOL).toBytes(SampleResults.shop(), tree));
        JsonNode results = mapper.readTree(sarifText).at("/runs/0/results");

        for (JsonNode result : results) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(physical.at("/artifactLocation/uri").asText()).doesNotStartWith("/").doesNotContain("\\", ":");
            assertThat(physical.at("/region/startLine").asInt()).isPositive();
            assertThat(physical.at("/region/endLine").asInt()).isGreaterThanOrEqualTo(physical.at("/region/startLine").asInt());
        }
        assertThat(sarifText).contains("\"web/src/%3Cscript%3E.js\"").doesNotContain(tree.toString());
    }

    @Test
    void repositoryWideFindingsArePinnedToTheReadme() throws IOException {
        SampleSources.writeTo(tree);

        JsonNode location = repositoryWideResult(write(SampleResults.shop(), tree)).at("/locations/0/physicalLocation");

        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("README.md");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(1);
    }

    @Test
    void withoutAReadmeOrBuildFileTheFirstMeasuredFileCarriesThem() throws IOException {
        JsonNode location = repositoryWideResult(write(SampleResults.shop(), tree)).at("/locations/0/physicalLocation");

        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("scripts/import_legacy.py");
    }

    @Test
    void withNothingToPinToTheyHaveNoLocationAndTheLogStaysValid() throws IOException {
        AnalysisResult shop = SampleResults.shop();
        AnalysisResult noFiles = new AnalysisResult(shop.root(), null, shop.analyzedAt(), shop.inventory(), List.of(),
                shop.findings(), List.of(), List.of(), List.of(), List.of(), shop.score(), Map.of());

        JsonNode sarif = write(noFiles, tree.resolve("missing"));

        assertThat(repositoryWideResult(sarif).has("locations")).isFalse();
        assertValid(sarif);
    }

    @Test
    void keepsTheHighestPriorityResultsAndRecordsTheTruncation() throws IOException {
        AnalysisResult many = SampleResults.withFindings(40);
        Path file = tree.resolve("report.sarif");
        new SarifReportWriter(TOOL, 5).write(many, tree, file);
        JsonNode run = mapper.readTree(file.toFile()).at("/runs/0");

        assertThat(run.path("results")).hasSize(5);
        assertThat(run.at("/properties/truncated").asBoolean()).isTrue();
        assertThat(run.at("/properties/totalFindings").asInt()).isEqualTo(40);
        assertThat(run.at("/properties/reportedResults").asInt()).isEqualTo(5);
        assertThat(run.at("/properties/omittedResults").asInt()).isEqualTo(35);
        double lowestKept = run.at("/results/4/properties/priority").asDouble();
        assertThat(many.findings().stream().filter(f -> f.priority() > lowestKept)).hasSizeLessThanOrEqualTo(5);
        assertThat(SarifReportWriter.GITHUB_RESULT_LIMIT).as("what GitHub keeps of a run").isEqualTo(5_000);
        assertValid(mapper.readTree(file.toFile()));
    }

    @Test
    void aCloneGroupListsItsOtherCopiesAsRelatedLocations() throws IOException {
        SampleSources.writeTo(tree);
        AnalysisResult sample = SampleResults.shop();
        Finding clone = new Finding("DEBT-DUPLICATION-001", DebtType.DUPLICATION, Severity.MEDIUM, "src/a/Cart.java", 3, 8, 5,
                "Block of 6 lines appears 3 times; the other copies: src/b/Basket.java:10-15, src/c/[id]/Bag.java:4-9",
                "x", 20, "clone-fp", 3.0, List.of(new FindingLocation("src/b/Basket.java", 10, 15, 9),
                new FindingLocation("src/c/[id]/Bag.java", 4, 9, 0)));
        AnalysisResult result = new AnalysisResult(sample.root(), sample.commit(), sample.analyzedAt(), sample.inventory(),
                sample.files(), List.of(clone), sample.clones(), sample.cycles(), sample.satd(), sample.hotspots(),
                sample.score(), sample.stageMillis());

        JsonNode sarif = write(result, tree);

        assertValid(sarif);
        JsonNode related = sarif.at("/runs/0/results/0/relatedLocations");
        assertThat(related).hasSize(2);
        assertThat(related.get(0).path("id").asInt()).isEqualTo(1);
        assertThat(related.get(0).at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("src/b/Basket.java");
        assertThat(related.get(0).at("/physicalLocation/region/startLine").asInt()).isEqualTo(10);
        assertThat(related.get(0).at("/physicalLocation/region/endLine").asInt()).isEqualTo(15);
        assertThat(related.get(0).at("/physicalLocation/region/startColumn").asInt()).isEqualTo(9);
        assertThat(related.get(1).at("/physicalLocation/region").has("startColumn")).as("column not known").isFalse();
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(5);
        assertThat(sarif.at("/runs/0/results/0/message/text").asText()).as("code scanning shows related places it links")
                .isEqualTo("Block of 6 lines appears 3 times; the other copies: [src/b/Basket.java:10-15](1),"
                        + " [src/c/\\[id\\]/Bag.java:4-9](2)");
    }

    @Test
    void aFindingWhoseColumnIsUnknownHasNoStartColumn() throws IOException {
        for (JsonNode result : write(SampleResults.shop(), tree).at("/runs/0/results")) {
            assertThat(result.at("/locations/0/physicalLocation/region").has("startColumn")).isFalse();
        }
    }

    @Test
    void messageBracketsAreEscapedSoTheyAreNotReadAsLinks() {
        assertThat(SarifResults.escapeBrackets("a[0] = b\\[1]; c\\d")).isEqualTo("a\\[0\\] = b\\\\\\[1\\]; c\\d");
    }

    @Test
    void engineRulesLinkTheirPageAndCarryPrecisionAndProblemSeverity() throws IOException {
        JsonNode rules = write(SampleResults.shop(), tree).at("/runs/0/tool/driver/rules");

        Map<String, JsonNode> byId = new HashMap<>();
        rules.forEach(rule -> byId.put(rule.path("id").asText(), rule));
        JsonNode complexity = byId.get("DEBT-COMPLEXITY-001");
        assertThat(complexity.path("helpUri").asText()).isEqualTo("https://debt-os.example/docs/rules/DEBT-COMPLEXITY-001.md");
        assertThat(complexity.at("/help/markdown").asText()).endsWith("(https://debt-os.example/docs/rules/DEBT-COMPLEXITY-001.md)");
        assertThat(complexity.at("/properties/precision").asText()).isEqualTo("very-high");
        assertThat(byId.get("DEBT-TESTS-001").at("/properties/precision").asText()).isEqualTo("medium");
        for (JsonNode rule : rules) {
            String level = rule.at("/defaultConfiguration/level").asText();
            assertThat(rule.at("/properties/problem.severity").asText())
                    .isEqualTo(level.equals("note") ? "recommendation" : level);
        }
        JsonNode unknown = byId.get("DEBT-SECURITY-002");
        assertThat(unknown.has("helpUri")).as("no page for a key the engine does not know").isFalse();
        assertThat(unknown.at("/properties").has("precision")).isFalse();
    }

    @Test
    void automationDetailsNameTheRepositoryAndTheBranchCheckedOut() throws IOException {
        SampleSources.writeTo(tree);
        Files.createDirectories(tree.resolve(".git"));
        Files.writeString(tree.resolve(".git/HEAD"), "ref: refs/heads/feature/pricing\n");

        JsonNode run = write(SampleResults.shop(), tree).at("/runs/0");

        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("debt-os/acme-shop/feature%2Fpricing");
        assertThat(run.at("/automationDetails/description/text").asText())
                .isEqualTo("DEBT-OS analysis of acme-shop on branch feature/pricing at " + SampleResults.COMMIT);
        assertThat(run.at("/properties/branch").asText()).isEqualTo("feature/pricing");

        Files.writeString(tree.resolve(".git/HEAD"), SampleResults.COMMIT + "\n"); // detached, as CI checks out a PR
        JsonNode detached = write(SampleResults.shop(), tree).at("/runs/0");
        assertThat(detached.at("/automationDetails/id").asText()).isEqualTo("debt-os/acme-shop/");
        assertThat(detached.at("/properties").has("branch")).isFalse();
    }

    @Test
    void aWorktreeFindsItsBranchThroughItsGitFile() throws IOException {
        Path gitDir = Files.createDirectories(tree.resolve("repo.git/worktrees/pricing"));
        Files.writeString(gitDir.resolve("HEAD"), "ref: refs/heads/pricing\n");
        Path checkout = Files.createDirectories(tree.resolve("checkout"));
        Files.writeString(checkout.resolve(".git"), "gitdir: " + gitDir + "\n");

        assertThat(GitBranch.of(checkout)).contains("pricing");
        assertThat(GitBranch.of(tree.resolve("nowhere"))).isEmpty();
    }

    @Test
    void aRunBuiltFromTheTopFindingsCountsAllOfThem() throws IOException {
        AnalysisResult shop = SampleResults.shop();
        JsonNode run = mapper.readTree(new SarifReportWriter(TOOL).toBytes(shop, null, "main", 12_345)).at("/runs/0");

        assertThat(run.at("/properties/totalFindings").asLong()).isEqualTo(12_345);
        assertThat(run.at("/properties/omittedResults").asLong()).isEqualTo(12_345 - shop.findings().size());
        assertThat(run.at("/properties/truncated").asBoolean()).isTrue();
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("debt-os/acme-shop/main");
    }

    private static JsonNode repositoryWideResult(JsonNode sarif) {
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.path("ruleId").asText().equals("DEBT-LOCK-001")) {
                assertThat(result.at("/properties/repositoryWide").asBoolean()).isTrue();
                return result;
            }
        }
        throw new AssertionError("no DEBT-LOCK-001 result");
    }

    private JsonNode write(AnalysisResult result, Path sourceRoot) throws IOException {
        Path file = tree.resolve("out/report.sarif");
        new SarifReportWriter(TOOL).write(result, sourceRoot, file);
        return mapper.readTree(Files.readString(file));
    }

    private static void assertValid(JsonNode sarif) {
        List<Error> errors = sarifSchema.validate(sarif);
        assertThat(errors).as("SARIF schema violations").isEmpty();
    }
}
