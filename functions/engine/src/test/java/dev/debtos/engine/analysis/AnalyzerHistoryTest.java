package dev.debtos.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.satd.SatdComment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analyzer on a git repository built with a known history: one complex file that Ann alone keeps
 * changing, together with a file in another module. Hotspot, knowledge island, missing tests, cross-module
 * coupling and blame on SATD must all come out of it.
 */
class AnalyzerHistoryTest {
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path repo;

    private static String orders(int version) {
        StringBuilder code = new StringBuilder("class Orders {\n    // TODO: split pricing out of this class\n    int price(int a) {\n");
        for (int i = 0; i < 12 + version; i++) {
            code.append("        if (a > ").append(i * version).append(") { a++; }\n");
        }
        return code.append("        return a;\n    }\n}\n").toString();
    }

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void commit(Git git, String author, int day) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent(author, author.toLowerCase() + "@example.com", BASE.plusSeconds(day * 86_400L), ZoneOffset.UTC);
        git.commit().setMessage("day " + day).setAuthor(who).setCommitter(who).call();
    }

    @Test
    void historyTurnsIntoHotspotKnowledgeCouplingAndBlame() throws Exception {
        String head;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("core/pom.xml", "<project/>");
            write("api/pom.xml", "<project/>");
            write("core/src/Util.java", "class Util { int one() { return 1; } }\n");
            for (int i = 0; i < 5; i++) { // the repository's ordinary files, changed once
                write("core/src/Plain" + i + ".java", "class Plain" + i + " { int one() { return 1; } }\n");
            }
            write("core/src/Orders.java", orders(0));
            write("api/src/Api.java", "class Api { int v() { return 0; } }\n");
            commit(git, "Ann", 1);
            for (int day = 2; day <= 8; day++) {
                write("core/src/Orders.java", orders(day));
                if (day <= 7) {
                    write("api/src/Api.java", "class Api { int v() { return " + day + "; } }\n");
                }
                commit(git, day == 8 ? "Bob" : "Ann", day);
            }
            head = git.getRepository().resolve("HEAD").name();
        }
        AnalysisOptions defaults = AnalysisOptions.defaults();
        AnalysisOptions options = new AnalysisOptions(defaults.inventory(), defaults.minimumCloneTokens(),
                defaults.history().withNow(BASE.plusSeconds(30 * 86_400L)), defaults.thresholds(), 2);

        AnalysisResult result = new Analyzer().analyze(repo, options, ProgressListener.NONE);

        assertThat(result.commit()).isEqualTo(head);
        assertThat(result.hotspots().getFirst()).extracting(Hotspot::path, Hotspot::commits, Hotspot::authors, Hotspot::mainAuthor)
                .containsExactly("core/src/Orders.java", 8, 2, "Ann");
        List<Finding> findings = result.findings();
        assertThat(findings).extracting(Finding::ruleKey, Finding::path).contains(
                tuple("DEBT-COUPLING-001", "api/src/Api.java"),
                tuple("DEBT-COMPLEXITY-001", "core/src/Orders.java"));
        assertThat(findings).extracting(Finding::path).doesNotContain("core/src/Util.java");
        // the hotspot, its missing tests, its knowledge island and the complex function it points at are one place
        List<Finding> orders = findings.stream().filter(f -> f.path().equals("core/src/Orders.java") && f.startLine() == 3).toList();
        assertThat(orders).hasSize(1);
        Finding place = orders.getFirst();
        assertThat(place.ruleKey()).isEqualTo("DEBT-COMPLEXITY-001");
        assertThat(place.message()).contains("Hotspot: 8 commits", "start with 'price'", "Knowledge island: Ann wrote",
                "Hotspot has no test file named after it");
        assertThat(result.satd()).extracting(SatdComment::path, SatdComment::author, SatdComment::authored)
                .containsExactly(tuple("core/src/Orders.java", "Ann", BASE.plusSeconds(86_400L)));
        // the hotspot's findings outrank the same kinds of finding elsewhere: its interest is the highest
        assertThat(findings.getFirst().path()).isEqualTo("core/src/Orders.java");
    }

    @Test
    void oneCommitOnATinyRepositoryCreatesNoCriticalOrHighFinding() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("app.js", "function main(a) {\n" + "  if (a > 1) { a++; }\n".repeat(25) + "  return a;\n}\n");
            write("util.js", "function one() { return 1; }\n");
            write("README.md", "# tiny\n");
            commit(git, "Ann", 1);
        }
        AnalysisOptions defaults = AnalysisOptions.defaults();
        AnalysisOptions options = new AnalysisOptions(defaults.inventory(), defaults.minimumCloneTokens(),
                defaults.history().withNow(BASE.plusSeconds(30 * 86_400L)), defaults.thresholds(), 2);

        AnalysisResult result = new Analyzer().analyze(repo, options, ProgressListener.NONE);

        assertThat(result.hotspots()).isNotEmpty();
        assertThat(result.findings()).extracting(Finding::ruleKey)
                .doesNotContain("DEBT-HOTSPOT-001", "DEBT-TESTS-001", "DEBT-KNOWLEDGE-001");
        assertThat(result.findings()).extracting(Finding::severity)
                .doesNotContain(dev.debtos.engine.findings.Severity.CRITICAL, dev.debtos.engine.findings.Severity.HIGH);
    }
}
