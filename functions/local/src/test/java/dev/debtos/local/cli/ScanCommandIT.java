package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.db.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debt-os scan} as a user runs it: the packaged jar, a git repository, a fresh database. */
class ScanCommandIT {
    private static TestDatabase database;

    @TempDir
    Path dir;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    private static Map<String, String> env() {
        return CliProcess.databaseEnv(database);
    }

    @Test
    void scansThroughTheQueueIntoTheLedgerAndWritesTheReports() throws Exception {
        Path repo = dir.resolve("shop");
        Path file = repo.resolve("src/main/java/shop/Pricing.java");
        Files.createDirectories(file.getParent());
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            ifs.append("        if (a > ").append(i).append(") { a++; }\n");
        }
        Files.writeString(file, "package shop;\n\nclass Pricing {\n    // FIXME: rounding\n    int price(int a) {\n" + ifs
                + "        return a;\n    }\n}\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("pricing").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com")
                    .setSign(false).call();
        }

        CliProcess.Run first = CliProcess.run(env(), "scan", repo.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("completed: 1 files", "still open", "debt rating", "reports in");
        assertThat(first.out()).containsPattern("ledger: [1-9]\\d* new, 0 still open");
        JsonNode report = new ObjectMapper().readTree(repo.resolve(".debt-os/report.json").toFile());
        assertThat(report.get("findings").size()).isPositive();
        assertThat(repo.resolve(".debt-os/report.sarif")).exists();
        assertThat(repo.resolve(".debt-os/report.html")).exists();

        CliProcess.Run second = CliProcess.run(env(), "scan", repo.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).containsPattern("ledger: 0 new, [1-9]\\d* still open, 0 reopened, 0 resolved");
    }

    @Test
    void badInputIsOneLineWithExitTwo() throws Exception {
        CliProcess.Run run = CliProcess.run(env(), "scan", dir.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("debt-os: not a directory").doesNotContain("\n");
    }

    @Test
    void anUnreachableDatabaseIsOneLineWithExitOne() throws Exception {
        CliProcess.Run run = CliProcess.run(Map.of("DATABASE_URL", "postgresql://debt_os:pw-never-shown-42@127.0.0.1:1/debt_os"),
                "scan", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("debt-os: ")).toList()).hasSize(1);
        assertThat(run.err()).doesNotContain("pw-never-shown-42").doesNotContain("\tat ");
    }
}
