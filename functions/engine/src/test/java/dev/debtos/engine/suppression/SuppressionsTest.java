package dev.debtos.engine.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.report.JsonReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every suppression mechanism on a real tree: each one suppresses, names itself and is counted, none drops a finding. */
class SuppressionsTest {
    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String branches(String name, int n) {
        StringBuilder code = new StringBuilder("    int " + name + "(int a) {\n");
        for (int i = 0; i < n; i++) {
            code.append("        if (a > ").append(i).append(") { a += ").append(i).append("; }\n");
        }
        return code.append("        return a;\n    }\n").toString();
    }

    private AnalysisResult analyse(List<IgnoreRule> settings) {
        AnalysisOptions defaults = AnalysisOptions.defaults().withoutHistory();
        AnalysisOptions options = new AnalysisOptions(defaults.inventory(), defaults.minimumCloneTokens(), null,
                defaults.thresholds().withOverrides(Map.of("cyclomatic", 3, "cognitive", 3, "functionLines", 8)), 2)
                .withIgnores(settings);
        return new Analyzer().analyze(repo, options, ProgressListener.NONE);
    }

    @Test
    void eachMechanismSuppressesNamesItselfAndIsCounted() throws IOException {
        write("src/Tables.java", "class Tables {\n"
                + "    // debt-os:ignore DEBT-COMPLEXITY-001, DEBT-SIZE-001 a lookup table, clearer as one method\n"
                + branches("lookup", 12)
                + branches("parse", 4).replace("int parse(int a) {", "int parse(int a) { // debt-os:ignore DEBT-COMPLEXITY-001 state machine")
                + branches("route", 5)
                + "}\n");
        write("tools/notes.py", "# debt-os:ignore-file DEBT-SATD-001 design notes kept on purpose\n"
                + "def f():\n    # TODO: add caching\n    return 1\n");
        write("web/app.ts", "/* debt-os:ignore DEBT-SATD-001 tracked in the issue tracker */\n// TODO: retry on failure\nlet x = 1;\n");
        write("package.json", "{}\n");
        write(".debt-os.yml", "ignore:\n  - rule: DEBT-LOCKFILE-001\n    path: package.json\n    reason: an app with no dependencies\n");

        AnalysisResult result = analyse(List.of(new IgnoreRule("DEBT-SATD-001", "web/**", "settings reason")));

        assertThat(result.findings()).extracting(Finding::ruleKey, Finding::path, Finding::startLine)
                .containsExactly(tuple("DEBT-COMPLEXITY-001", "src/Tables.java", 25)); // route, not suppressed
        assertThat(result.suppressed()).extracting(s -> s.finding().ruleKey(), s -> s.finding().path(), SuppressedFinding::suppressedBy,
                        SuppressedFinding::reason)
                .containsExactlyInAnyOrder(
                        tuple("DEBT-COMPLEXITY-001", "src/Tables.java", "src/Tables.java:2", "a lookup table, clearer as one method"),
                        tuple("DEBT-SIZE-001", "src/Tables.java", "src/Tables.java:2", "a lookup table, clearer as one method"),
                        tuple("DEBT-COMPLEXITY-001", "src/Tables.java", "src/Tables.java:18", "state machine"),
                        tuple("DEBT-SATD-001", "tools/notes.py", "tools/notes.py:1", "design notes kept on purpose"),
                        tuple("DEBT-SATD-001", "web/app.ts", "web/app.ts:1", "tracked in the issue tracker"),
                        tuple("DEBT-LOCKFILE-001", "package.json", ".debt-os.yml", "an app with no dependencies"));
        assertThat(result.suppressed()).allSatisfy(s -> assertThat(s.finding().priority()).isPositive());
    }

    @Test
    void theRepositorySettingsSuppressWhatNoCommentNames() throws IOException {
        write("web/app.ts", "// TODO: retry on failure\nlet x = 1;\n");
        AnalysisResult result = analyse(List.of(new IgnoreRule("*", "web/**", "a prototype")));
        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(SuppressedFinding::suppressedBy, SuppressedFinding::reason)
                .containsExactly(tuple("settings", "a prototype"));
    }

    @Test
    void aCallersStageHandsTheRepositorySettingsIgnoreListToTheScoreStage() throws IOException {
        write("web/app.ts", "// TODO: retry on failure\nlet x = 1;\n");
        dev.debtos.engine.analysis.AnalysisStage settings = new dev.debtos.engine.analysis.AnalysisStage() {
            @Override
            public String name() {
                return "settings";
            }

            @Override
            public void run(dev.debtos.engine.analysis.AnalysisContext context) {
                context.put(SettingsIgnores.class, new SettingsIgnores(List.of(new IgnoreRule("DEBT-SATD-001", "web/", "tracked"))));
            }
        };
        AnalysisResult result = new Analyzer(dev.debtos.engine.analysis.AnalysisStages.standardWith(List.of(settings)))
                .analyze(repo, AnalysisOptions.defaults().withoutHistory(), ProgressListener.NONE);
        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(SuppressedFinding::suppressedBy, SuppressedFinding::reason)
                .containsExactly(tuple("settings", "tracked"));
    }

    @Test
    void aDirectiveInAStringIsNoSuppression() throws IOException {
        write("web/app.ts", "const help = \"debt-os:ignore DEBT-SATD-001 nope\";\n// TODO: retry on failure\nlet x = 1;\n");
        assertThat(analyse(List.of()).findings()).extracting(Finding::ruleKey).containsExactly("DEBT-SATD-001");
    }

    @Test
    void reportJsonCountsAndListsTheSuppressed() throws IOException {
        write("web/app.ts", "// TODO: retry on failure // debt-os:ignore DEBT-SATD-001 known\nlet x = 1;\n");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(new JsonReportWriter().toBytes(analyse(List.of())));
        assertThat(json.path("summary").path("suppressed").asInt()).isEqualTo(1);
        assertThat(json.path("suppressed").get(0).path("suppressedBy").asText()).isEqualTo("web/app.ts:1");
        assertThat(json.path("suppressed").get(0).path("finding").path("ruleKey").asText()).isEqualTo("DEBT-SATD-001");
    }

    @Test
    void sarifShowsSuppressedFindingsAsSuppressedResults() throws IOException {
        write("web/app.ts", "// TODO: retry on failure // debt-os:ignore DEBT-SATD-001 known\nlet x = 1;\n\n// TODO: log it\n");
        var sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new dev.debtos.engine.report.SarifReportWriter().toBytes(analyse(List.of()), repo, null, 0));
        var results = sarif.path("runs").get(0).path("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).has("suppressions")).isFalse();
        assertThat(results.get(1).path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
        assertThat(results.get(1).path("suppressions").get(0).path("justification").asText()).isEqualTo("known (web/app.ts:1)");
    }

    @Test
    void anInvalidProjectFileIsOneLineNamingTheKey() {
        assertThatThrownBy(() -> ProjectSettings.parse("ignore:\n  - rule: size\n")).hasMessage(
                ".debt-os.yml: ignore[0].rule must be a rule key such as DEBT-SIZE-001, or *");
        assertThatThrownBy(() -> ProjectSettings.parse("ignores: []\n")).hasMessage(
                ".debt-os.yml: unknown key 'ignores' (known: ignore, roles)");
        assertThatThrownBy(() -> ProjectSettings.parse("roles:\n  tests: [a]\n")).hasMessageStartingWith(".debt-os.yml: roles.tests:");
        assertThat(ProjectSettings.parse("roles:\n  test: [\"qa/**\"]\n").roles()).containsKey(dev.debtos.engine.inventory.FileRole.TEST);
    }
}
