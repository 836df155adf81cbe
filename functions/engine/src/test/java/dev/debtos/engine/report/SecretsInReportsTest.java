package dev.debtos.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.findings.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret in the analysed code appears masked, never in full, in findings and in every report file. */
class SecretsInReportsTest {
    private static final String AWS_KEY = "AKIAQ3EGUFRJ7ZKTY2WN";
    private static final String PASSWORD = "s3cr3t-Pa55w0rd!";
    private static final String STRIPE_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

    @TempDir
    Path tree;
    @TempDir
    Path out;

    @Test
    void secretsAreMaskedInFindingsAndReports() throws IOException {
        StringBuilder code = new StringBuilder("class Vault {\n    String connect() {\n");
        code.append("        String key = \"").append(AWS_KEY).append("\";\n");
        code.append("        String dbPassword = \"").append(PASSWORD).append("\";\n");
        code.append("        // TODO rotate ").append(STRIPE_KEY).append("\n");
        for (int i = 0; i < 70; i++) {
            code.append("        key = key + \"").append(i).append("\";\n");
        }
        code.append("        return key + dbPassword;\n    }\n}\n");
        Files.writeString(tree.resolve("Vault.java"), code);

        AnalysisResult result = new Analyzer().analyze(tree, AnalysisOptions.defaults().withoutHistory(), ProgressListener.NONE);
        Reports.writeAll(result, tree, out, ProgressListener.NONE);

        assertThat(result.findings()).extracting(Finding::ruleKey)
                .contains("DEBT-SECRET-001", "DEBT-SIZE-001", "DEBT-SATD-001");
        for (Finding finding : result.findings()) {
            assertThat(finding.message() + finding.evidence()).doesNotContain(AWS_KEY, PASSWORD, STRIPE_KEY);
        }
        List<Path> reports;
        try (Stream<Path> files = Files.walk(out)) {
            reports = files.filter(Files::isRegularFile).toList();
        }
        assertThat(reports).extracting(p -> p.getFileName().toString()).contains("report.json", "report.sarif", "report.html");
        for (Path report : reports) {
            String text = Files.readString(report, StandardCharsets.UTF_8);
            assertThat(text).as(report.getFileName().toString()).doesNotContain(AWS_KEY, PASSWORD, STRIPE_KEY);
        }
        assertThat(Files.readString(out.resolve("report.sarif"))).contains("AKIA****");
        assertThat(Files.readString(out.resolve("report.html"))).contains("AKIA****");
    }
}
