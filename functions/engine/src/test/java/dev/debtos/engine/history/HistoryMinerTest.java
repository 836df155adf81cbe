package dev.debtos.engine.history;

import static dev.debtos.engine.history.TestHistory.day;
import static dev.debtos.engine.history.TestHistory.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.debtos.engine.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryMinerTest {

    static final HistoryOptions OPTIONS = HistoryOptions.defaults().withNow(day(100));

    @TempDir
    Path dir;

    HistoryReport mine(HistoryOptions options) throws IOException {
        return new HistoryMiner().mine(dir, options, ProgressListener.NONE);
    }

    @Test
    void countsLinesCommitsAuthorsAndDatesPerFile() throws Exception {
        RevCommit last;
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("src/A.java", lines("a", 1, 10)).commit("alice", day(1));
            // replaces lines 2-3 and appends 3 lines: +5 -2
            repo.write("src/A.java", "a 1\nb 2\nb 3\n" + lines("a", 4, 10) + lines("x", 1, 3)).commit("bob", day(2));
            // same author, e-mail in other case, newer name; deletes one line: +0 -1
            repo.write("src/A.java", "a 1\nb 2\nb 3\n" + lines("a", 5, 10) + lines("x", 1, 3))
                    .write("README.md", lines("r", 1, 4));
            last = repo.commit("Alice <ALICE@Example.com>", day(3));
        }

        HistoryReport report = mine(OPTIONS);

        assertThat(report.headCommit()).isEqualTo(last.name());
        assertThat(report.commitsAnalyzed()).isEqualTo(3);
        assertThat(report.from()).isEqualTo(day(100).minus(Duration.ofDays(365)));
        assertThat(report.to()).isEqualTo(day(100));
        assertThat(report.files()).containsOnlyKeys("src/A.java", "README.md");
        FileHistory a = report.files().get("src/A.java");
        assertThat(a).isEqualTo(new FileHistory("src/A.java", 3, 15, 3, 2, "Alice", a.mainAuthorShare(), day(1), day(3)));
        assertThat(a.mainAuthorShare()).isCloseTo(10.0 / 15, within(1e-9));
        assertThat(a.churn()).isEqualTo(18);
        assertThat(report.files().get("README.md"))
                .isEqualTo(new FileHistory("README.md", 1, 4, 0, 1, "Alice", 1.0, day(3), day(3)));
        assertThat(report.authors()).containsExactly(
                new AuthorContribution("alice@example.com", "Alice", 2, 14),
                new AuthorContribution("bob@example.com", "bob", 1, 5));
        assertThat(report.busFactor()).isEqualTo(1);
    }

    @Test
    void mainAuthorTiesGoToMoreCommitsThenName_andWithoutAddedLinesToCommits() throws Exception {
        byte[] image = {1, 0, 2, 0, 3};
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("F.txt", lines("f", 1, 2)).write("G.txt", lines("g", 1, 2)).writeBytes("logo.png", image)
                    .commit("dave", day(1));
            repo.write("F.txt", lines("f", 1, 4)).write("G.txt", lines("g", 1, 4)).writeBytes("logo.png", new byte[] {0, 9})
                    .commit("carol", day(2));
            repo.write("F.txt", lines("f", 1, 3)).writeBytes("logo.png", new byte[] {0, 8}).commit("carol", day(3));
        }

        var files = mine(OPTIONS).files();

        // F: dave 2 lines in 1 commit, carol 2 lines in 2 commits -> carol
        assertThat(files.get("F.txt").mainAuthor()).isEqualTo("carol");
        assertThat(files.get("F.txt").mainAuthorShare()).isEqualTo(0.5);
        // G: 2 lines and 1 commit each -> by name
        assertThat(files.get("G.txt").mainAuthor()).isEqualTo("carol");
        // the binary file: every commit counts, no line does; main author by commits
        assertThat(files.get("logo.png"))
                .isEqualTo(new FileHistory("logo.png", 3, 0, 0, 2, "carol", 2.0 / 3, day(1), day(3)));
    }

    @Test
    void skipsMergeCommitsAndCountsBranchCommitsOnce() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("M.java", lines("m", 1, 5)).commit("alice", day(1));
            repo.branch("feature").write("F.java", lines("f", 1, 3)).commit("bob", day(2));
            repo.checkout("main").write("M.java", lines("m", 1, 6)).commit("alice", day(3));
            repo.merge("feature", "merger", day(4));
        }

        HistoryReport report = mine(OPTIONS);

        assertThat(report.commitsAnalyzed()).isEqualTo(3);
        assertThat(report.files().get("F.java"))
                .isEqualTo(new FileHistory("F.java", 1, 3, 0, 1, "bob", 1.0, day(2), day(2)));
        assertThat(report.files().get("M.java").commits()).isEqualTo(2);
        assertThat(report.files().get("M.java").linesAdded()).isEqualTo(6);
        assertThat(report.authors()).extracting(AuthorContribution::email)
                .containsExactly("alice@example.com", "bob@example.com");
    }

    @Test
    void leavesOutCommitsBeforeTheWindowAndAfterNow() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("W.java", lines("w", 1, 5)).commit("alice", day(-300)); // 400 days before now
            repo.write("W.java", lines("w", 1, 7)).commit("bob", day(50));
            repo.write("W.java", lines("w", 1, 9)).commit("carol", day(150)); // after now
        }

        HistoryReport report = mine(OPTIONS);

        assertThat(report.commitsAnalyzed()).isEqualTo(1);
        assertThat(report.files().get("W.java"))
                .isEqualTo(new FileHistory("W.java", 1, 2, 0, 1, "bob", 1.0, day(50), day(50)));
    }

    @Test
    void stopsAtMaxCommitsNewestFirstAndSaysWhereItStopped() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            for (int d = 1; d <= 5; d++) {
                repo.write("C.txt", lines("c", 1, d)).commit("alice", day(d));
            }
        }

        HistoryReport report = mine(OPTIONS.withMaxCommits(3));

        assertThat(report.commitsAnalyzed()).isEqualTo(3);
        assertThat(report.from()).isEqualTo(day(3));
        assertThat(report.files().get("C.txt"))
                .isEqualTo(new FileHistory("C.txt", 3, 3, 0, 1, "alice", 1.0, day(3), day(5)));
    }

    @Test
    void dropsFilesDeletedBeforeHead() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("D.java", lines("d", 1, 3)).write("K.java", lines("k", 1, 2)).commit("alice", day(1));
            repo.write("D.java", lines("d", 1, 4)).write("K.java", lines("k", 1, 3)).commit("bob", day(2));
            repo.delete("D.java").commit("alice", day(3));
        }

        HistoryReport report = mine(OPTIONS.withCoupling(2, 0.0, 50));

        assertThat(report.commitsAnalyzed()).isEqualTo(3);
        assertThat(report.files()).containsOnlyKeys("K.java");
        assertThat(report.coupling()).isEmpty();
        // alice's deletion touched no file present at HEAD
        assertThat(report.authors()).containsExactly(
                new AuthorContribution("alice@example.com", "alice", 1, 2),
                new AuthorContribution("bob@example.com", "bob", 1, 1));
    }

    @Test
    void leavesOutTheBoundaryCommitOfAShallowClone() throws Exception {
        Path source = dir.resolve("source");
        try (TestHistory repo = TestHistory.init(source)) {
            repo.write("S.txt", lines("s", 1, 10)).commit("alice", day(1));
            repo.write("S.txt", lines("s", 1, 12)).commit("bob", day(2));
            repo.write("S.txt", lines("s", 1, 13)).commit("carol", day(3));
        }
        Path clone = dir.resolve("clone");
        Git.cloneRepository().setURI(source.toUri().toString()).setDirectory(clone.toFile()).setDepth(2).call()
                .close();

        HistoryReport report = new HistoryMiner().mine(clone, OPTIONS, ProgressListener.NONE);

        // the boundary (bob's commit) has no parent here: diffing it against nothing would credit bob with 12 lines
        assertThat(report.commitsAnalyzed()).isEqualTo(1);
        assertThat(report.files().get("S.txt"))
                .isEqualTo(new FileHistory("S.txt", 1, 1, 0, 1, "carol", 1.0, day(3), day(3)));
    }

    @Test
    void toleratesAFewCommitsOutOfTimeOrderAtTheWindowsStart() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("T.txt", "1\n").commit("alice", day(10));
            repo.write("T.txt", "1\n2\n").commit("bob", day(-300)); // a skewed clock: before the window
            repo.write("T.txt", "1\n2\n3\n").commit("carol", day(20));
        }

        HistoryReport report = mine(OPTIONS);

        assertThat(report.commitsAnalyzed()).isEqualTo(2);
        assertThat(report.authors()).extracting(AuthorContribution::name).containsExactlyInAnyOrder("alice", "carol");
    }

    @Test
    void emptyRepositoryGivesAnEmptyReport() throws Exception {
        TestHistory.init(dir).close();

        HistoryReport report = mine(OPTIONS);

        assertThat(report.headCommit()).isEmpty();
        assertThat(report.commitsAnalyzed()).isZero();
        assertThat(report.files()).isEmpty();
        assertThat(report.busFactor()).isZero();
    }

    @Test
    void notARepository() throws IOException {
        Files.writeString(dir.resolve("plain.txt"), "no git here");

        assertThatThrownBy(() -> mine(OPTIONS)).isInstanceOf(RepositoryNotFoundException.class);
    }

    @Test
    void reportsProgressUpToTheNumberOfCommits() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("P.txt", "1\n").commit("alice", day(1));
            repo.write("P.txt", "1\n2\n").commit("alice", day(2));
        }
        List<String> updates = new ArrayList<>();

        new HistoryMiner().mine(dir, OPTIONS, (stage, done, total) -> updates.add(stage + " " + done + "/" + total));

        assertThat(updates).first().isEqualTo("history 0/2");
        assertThat(updates).last().isEqualTo("history 2/2");
    }

    @Test
    void severalThreadsGiveTheSameReportAsOne() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            for (int c = 1; c <= 30; c++) {
                String[] files = {"a.txt", "b.txt", "c.txt", "d.txt"};
                repo.write(files[c % 4], lines("v" + c, 1, c % 5 + 1)).write(files[(c + 1) % 4], lines("w", 1, c));
                if (c == 12) {
                    repo.move("d.txt", "e/d.txt");
                    files[3] = "e/d.txt";
                }
                repo.commit(c % 3 == 0 ? "alice" : "bob", day(c));
            }
        }
        HistoryOptions options = OPTIONS.withCoupling(2, 0.0, 50);

        HistoryReport single = new HistoryMiner(1).mine(dir, options, ProgressListener.NONE);
        HistoryReport parallel = new HistoryMiner(3, 4).mine(dir, options, ProgressListener.NONE); // 3 runs of 10

        assertThat(single.commitsAnalyzed()).isEqualTo(30);
        assertThat(parallel).isEqualTo(single);
    }

    @Test
    void aPackedRepositoryGivesTheSameReportAsOneOfLooseObjects() throws Exception {
        HistoryOptions options = OPTIONS.withCoupling(2, 0.0, 50);
        HistoryReport loose;
        try (TestHistory repo = TestHistory.init(dir)) {
            for (int c = 1; c <= 30; c++) {
                repo.write("src/A.java", lines("a", 1, 100) + lines("v" + c, 1, c))
                        .write("src/B.java", lines("b" + c % 4, 1, 50) + lines("b", c, 80))
                        .write("data.bin", new String(new char[] {'x', 0, (char) ('a' + c % 26)}))
                        .commit(c % 3 == 0 ? "alice" : "bob", day(c));
            }
            loose = new HistoryMiner(1).mine(dir, options, ProgressListener.NONE);
            repo.pack(true);
        }

        HistoryReport single = new HistoryMiner(1).mine(dir, options, ProgressListener.NONE);
        HistoryReport parallel = new HistoryMiner(2, 4).mine(dir, options, ProgressListener.NONE);

        assertThat(loose.files().get("src/A.java").linesAdded()).isEqualTo(100 + 30 * 31 / 2); // each version renames every "v" line
        assertThat(single).isEqualTo(loose);
        assertThat(parallel).isEqualTo(loose);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        HistoryOptions defaults = HistoryOptions.defaults();
        assertThat(defaults.window()).isEqualTo(Duration.ofDays(365));
        assertThat(defaults.maxCommits()).isEqualTo(10_000);
        assertThat(defaults.couplingMinSharedCommits()).isEqualTo(5);
        assertThat(defaults.couplingMinDegree()).isEqualTo(0.3);
        assertThat(defaults.maxFilesPerCommitForCoupling()).isEqualTo(50);
    }
}
