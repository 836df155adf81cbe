package dev.debtos.engine.history;

import static dev.debtos.engine.history.TestHistory.day;
import static dev.debtos.engine.history.TestHistory.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenameHistoryTest {

    @TempDir
    Path dir;

    HistoryReport mine() throws Exception {
        return new HistoryMiner().mine(dir, HistoryMinerTest.OPTIONS, ProgressListener.NONE);
    }

    /** lines "n 1".."n 20", with the lines numbered in {@code changed} replaced. */
    static String twenty(int... changed) {
        StringBuilder text = new StringBuilder(lines("n", 1, 20));
        for (int line : changed) {
            int at = text.indexOf("n " + line + "\n");
            text.replace(at, at + ("n " + line).length(), "changed " + line);
        }
        return text.toString();
    }

    @Test
    void renamedFileKeepsItsHistoryUnderTheNewPath() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("old/Name.java", lines("n", 1, 20)).commit("alice", day(1));
            repo.write("old/Name.java", twenty(5)).commit("bob", day(2));
            // renamed with a small edit (similarity stays far above the 60% threshold): +1 -1
            repo.move("old/Name.java", "new/Renamed.java").write("new/Renamed.java", twenty(5, 10)).commit("carol", day(3));
            repo.write("new/Renamed.java", twenty(5, 10, 15)).commit("alice", day(4));
        }

        HistoryReport report = mine();

        assertThat(report.files()).containsOnlyKeys("new/Renamed.java");
        FileHistory file = report.files().get("new/Renamed.java");
        assertThat(file).isEqualTo(new FileHistory("new/Renamed.java", 4, 23, 3, 3, "alice", 21.0 / 23, day(1), day(4)));
    }

    @Test
    void followsAChainOfRenames() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("a.txt", lines("n", 1, 20)).commit("alice", day(1));
            repo.move("a.txt", "b.txt").commit("bob", day(2));
            repo.move("b.txt", "c.txt").write("c.txt", twenty(3)).commit("carol", day(3));
        }

        HistoryReport report = mine();

        assertThat(report.files()).containsOnlyKeys("c.txt");
        assertThat(report.files().get("c.txt").commits()).isEqualTo(3);
        assertThat(report.files().get("c.txt").linesAdded()).isEqualTo(21);
        assertThat(report.files().get("c.txt").linesDeleted()).isEqualTo(1);
    }

    @Test
    void aPathRenamedAwayAndCreatedAgainHoldsTwoFiles() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("A.java", lines("n", 1, 20)).commit("alice", day(1));
            repo.move("A.java", "B.java").commit("alice", day(2));
            repo.write("A.java", lines("other", 1, 3)).commit("bob", day(3));
        }

        HistoryReport report = mine();

        assertThat(report.files().get("B.java").commits()).isEqualTo(2);
        assertThat(report.files().get("B.java").linesAdded()).isEqualTo(20);
        assertThat(report.files().get("A.java"))
                .isEqualTo(new FileHistory("A.java", 1, 3, 0, 1, "bob", 1.0, day(3), day(3)));
    }

    @Test
    void aChangeUnderTheOldNameMetBeforeTheRenameStillCounts() {
        // newest first: a branch edited old.txt after (by commit time) the other branch renamed it
        List<CommitChanges> commits = List.of(
                new CommitChanges("bob", "bob@example.com", 30, List.of(new FileChange("old.txt", null, 2, 1))),
                new CommitChanges("alice", "alice@example.com", 20, List.of(new FileChange("new.txt", "old.txt", 0, 0))),
                new CommitChanges("alice", "alice@example.com", 10, List.of(new FileChange("old.txt", null, 5, 0))),
                new CommitChanges("carol", "carol@example.com", 5, List.of(new FileChange("gone.txt", null, 1, 0))));

        String[][] paths = new RenameTracker(Set.of("new.txt")).pathsAtHead(commits);

        assertThat(paths).isDeepEqualTo(new String[][] {{"new.txt"}, {"new.txt"}, {"new.txt"}, {null}});
    }
}
