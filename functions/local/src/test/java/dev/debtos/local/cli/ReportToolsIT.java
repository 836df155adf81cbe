package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.local.server.NodeTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a real codebase, this repository with its git history, through the ecosystem's own checkers:
 * Microsoft's SARIF multitool validates {@code report.sarif} with GitHub's ingestion rules and the SARIF rules at
 * levels error and warning (no finding allowed), and axe-core in Debian's Chromium checks {@code report.html} at a
 * desktop and a phone width (no serious or critical violation allowed), with the same check the dashboard's browser
 * suite runs ({@code scripts/lib/node-tools/browser/axe.mjs}). Skipped, not passed, where {@code scripts/setup} has not
 * installed the tools or Chromium.
 */
class ReportToolsIT {
    private static final Path REPOSITORY = Path.of("..", "..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    @BeforeAll
    static void analyseThisRepository() throws Exception {
        CliProcess.Run run = CliProcess.run(Map.of(), "analyze", REPOSITORY.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void sarifMultitoolWithGitHubsRulesFindsNoErrorOrWarning() throws Exception {
        NodeTools.assumeInstalled("sarif-multitool");
        Path validation = out.resolve("validation.sarif");
        var validate = NodeTools.sarifMultitool("validate", "--rule-kind", "Gh;Sarif", "--level", "Error;Warning",
                "--output", validation.toString(), out.resolve("report.sarif").toString());
        assertThat(validate.exitCode()).as(validate.output()).isZero();
        assertThat(validate.output()).contains("Analysis completed successfully");

        List<String> findings = new ArrayList<>();
        for (JsonNode result : JSON.readTree(validation.toFile()).at("/runs/0/results")) {
            findings.add(result.path("ruleId").asText() + " " + result.path("level").asText() + ": "
                    + result.at("/message/arguments").toString());
        }
        assertThat(findings).as("multitool findings at levels error and warning (its console: %s)", validate.output())
                .isEmpty();
    }

    @Test
    void theSarifCarriesWhatCodeScanningRanksAndShows() throws Exception {
        JsonNode run = JSON.readTree(out.resolve("report.sarif").toFile()).at("/runs/0");

        assertThat(run.at("/tool/driver/informationUri").asText()).startsWith("https://");
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            String id = rule.path("id").asText();
            assertThat(rule.path("helpUri").asText()).as(id).endsWith("/docs/rules/" + id + ".md");
            assertThat(Path.of(REPOSITORY.toString(), "docs", "rules", id + ".md")).as("the page helpUri names").isRegularFile();
            assertThat(rule.at("/properties/precision").asText()).as(id).isIn("very-high", "high", "medium", "low");
            assertThat(rule.at("/properties/problem.severity").asText()).as(id).isIn("error", "warning", "recommendation");
        }
        assertThat(run.at("/automationDetails/id").asText()).startsWith("debt-os/" + REPOSITORY.getFileName() + "/");
        assertThat(run.at("/results").size()).isLessThanOrEqualTo(5_000);
        assertThat(run.at("/properties/totalFindings").asInt())
                .isEqualTo(run.at("/results").size() + run.at("/properties/omittedResults").asInt());

        int clones = 0;
        for (JsonNode result : run.at("/results")) {
            if (result.path("ruleId").asText().equals("DEBT-DUPLICATION-001")) {
                clones++;
                assertThat(result.path("relatedLocations").size()).as(result.toString()).isPositive();
                assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).as(result.toString()).isPositive();
                assertThat(result.at("/message/text").asText()).contains("](1)");
            }
        }
        assertThat(clones).as("this repository has clone groups to check").isPositive();
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationInTheHtmlReport() throws Exception {
        NodeTools.assumeInstalled("playwright-core");
        assumeTrue(Files.isExecutable(chromium()), "Chromium is not installed (scripts/setup installs it)");
        var axe = NodeTools.node("browser/check-page.mjs", out.resolve("report.html").toString());
        System.out.println(axe.output());
        String last = axe.output().strip().lines().reduce((first, second) -> second).orElse("{}");
        JsonNode counts = JSON.readTree(last);
        assertThat(counts.path("critical").asInt()).as(axe.output()).isZero();
        assertThat(counts.path("serious").asInt()).as(axe.output()).isZero();
        assertThat(axe.exitCode()).as(axe.output()).isZero();
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }
}
