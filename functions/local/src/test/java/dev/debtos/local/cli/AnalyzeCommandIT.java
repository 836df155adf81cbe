package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debt-os analyze} as a user runs it: a directory in, three reports out, a gate, one-line errors. */
class AnalyzeCommandIT {
    @TempDir
    static Path project;

    @BeforeAll
    static void writeProject() throws IOException {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            ifs.append("        if (a > ").append(i).append(") { a++; }\n");
        }
        write("src/main/java/shop/Pricing.java", "package shop;\n\nclass Pricing {\n    // FIXME: rounding is wrong for refunds\n"
                + "    int price(int a) {\n" + ifs + "        return a;\n    }\n}\n");
        write("web/package.json", "{\"name\": \"web\"}\n");
        write("web/src/a.js", "import { b } from './b';\nexport const a = () => b();\n");
        write("web/src/b.js", "import { a } from './a';\nexport const b = () => a();\n");
        write("node_modules/x/index.js", "module.exports = 1;\n");
    }

    private static void write(String path, String content) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void writesTheThreeReportsWithTheExpectedFindings() throws Exception {
        Path out = project.resolveSibling(project.getFileName() + "-reports");
        CliProcess.Run run = CliProcess.run(Map.of(), "analyze", project.toString(), "--out", out.toString(), "--no-history");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 files", "reports in " + out);
        assertThat(run.err()).contains("measure").contains("100%");

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(f -> rules.add(f.get("ruleKey").asText()));
        assertThat(rules).contains("DEBT-COMPLEXITY-001", "DEBT-SATD-001", "DEBT-CYCLE-001", "DEBT-LOCKFILE-001");
        assertThat(report.get("inventory").get("skippedByReason").get("vendored").asInt()).isEqualTo(1);

        JsonNode sarif = new ObjectMapper().readTree(out.resolve("report.sarif").toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").get(0).get("results").size()).isEqualTo(rules.size());
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg", "Pricing.java");
    }

    @Test
    void withAnOpenAiCompatibleServerTheReportCarriesTheModelsValidatedFindings() throws Exception {
        Path out = Files.createTempDirectory("llm");
        try (FakeOpenAi model = new FakeOpenAi("return a;", "dead_code")) {
            CliProcess.Run run = CliProcess.run(Map.of("OPENAI_BASE_URL", model.baseUrl(), "LLM_MODEL", "stub"),
                    "analyze", project.toString(), "--out", out.toString(), "--no-history");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("llm: openai stub,").contains("1 findings kept");
            assertThat(model.calls.get()).isPositive();
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<JsonNode> llm = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("source").asText().equals("llm")) {
                llm.add(f);
            }
        });
        assertThat(llm).singleElement().satisfies(finding -> {
            assertThat(finding.get("ruleKey").asText()).isEqualTo("DEBT-LLM-DEAD-CODE");
            assertThat(finding.get("path").asText()).isEqualTo("src/main/java/shop/Pricing.java");
            assertThat(finding.get("evidence").asText()).isEqualTo("return a;");
        });
    }

    @Test
    void withoutAProviderTheReviewIsSkippedAndSaysSo() throws Exception {
        Path out = Files.createTempDirectory("nollm");
        CliProcess.Run run = CliProcess.run(Map.of(), "analyze", project.toString(), "--out", out.toString(), "--no-history");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("llm: skipped, no LLM provider is configured");
    }

    @Test
    void failOnTurnsItIntoAQualityGate() throws Exception {
        Path out = Files.createTempDirectory("gate");
        CliProcess.Run failed = CliProcess.run(Map.of(), "analyze", project.toString(), "--out", out.toString(), "--no-history",
                "--fail-on", "high");
        assertThat(failed.exitCode()).isEqualTo(AnalyzeCommand.GATE_FAILED);
        assertThat(failed.err()).contains("quality gate failed");

        CliProcess.Run passed = CliProcess.run(Map.of(), "analyze", project.toString(), "--out", out.toString(), "--no-history",
                "--fail-on", "critical", "--threshold", "cyclomatic=100", "--threshold", "cognitive=100");
        assertThat(passed.exitCode()).as(passed.err()).isZero();
    }

    @Test
    void badInputGivesOneLineAndExitTwo() throws Exception {
        for (String[] args : List.of(new String[] {"analyze", "/no/such/dir"},
                new String[] {"analyze", project.toString(), "--fail-on", "severe"},
                new String[] {"analyze", project.toString(), "--threshold", "cyclomtic=5"},
                new String[] {"analyze", project.toString(), "--min-tokens", "2"})) {
            CliProcess.Run run = CliProcess.run(Map.of(), args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines().filter(l -> l.startsWith("debt-os: ")).count()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).doesNotContain("\tat ");
        }
    }
}
