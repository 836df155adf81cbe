package dev.debtos.engine.history;

import static dev.debtos.engine.history.TestHistory.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeCouplingTest {

    @TempDir
    Path dir;

    /** Each commit appends a line "i" to every file named. */
    void commits(String[]... filesPerCommit) throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            StringBuilder content = new StringBuilder();
            for (int i = 0; i < filesPerCommit.length; i++) {
                content.append(i).append('\n');
                for (String file : filesPerCommit[i]) {
                    repo.write(file, content.toString());
                }
                repo.commit("alice", day(i + 1));
            }
        }
    }

    HistoryReport mine(HistoryOptions options) throws Exception {
        return new HistoryMiner().mine(dir, options, ProgressListener.NONE);
    }

    static String[] files(String... paths) {
        return paths;
    }

    @Test
    void degreeIsSharedCommitsOverTheAverageOfBothFilesCommits() throws Exception {
        String[] xy = files("X.java", "Y.java");
        commits(xy, xy, xy, xy, files("X.java"), files("X.java"), files("X.java", "Z.java"));

        HistoryReport report = mine(HistoryMinerTest.OPTIONS.withCoupling(2, 0.3, 50));

        // X: 7 commits, Y: 4, shared 4 -> 4 / 5.5; X-Z share 1 commit, under the minimum of 2
        assertThat(report.coupling()).containsExactly(new CouplingPair("X.java", "Y.java", 4, 4 / 5.5));
    }

    @Test
    void pairsUnderTheDegreeOrTheSharedCommitsAreLeftOut() throws Exception {
        String[] xy = files("X.java", "Y.java");
        commits(xy, xy, xy, xy, files("X.java"), files("X.java"), files("X.java", "Z.java"));

        assertThat(mine(HistoryMinerTest.OPTIONS.withCoupling(2, 0.75, 50)).coupling()).isEmpty();
        assertThat(mine(HistoryMinerTest.OPTIONS).coupling()).as("defaults need 5 shared commits").isEmpty();
    }

    @Test
    void pairsAreOrderedLexicographicallyAndStrongestFirst() throws Exception {
        String[] three = files("b/Second.java", "a/First.java", "c/Third.java");
        commits(three, three, files("b/Second.java", "a/First.java"), files("c/Third.java"));

        HistoryReport report = mine(HistoryMinerTest.OPTIONS.withCoupling(2, 0.0, 50));

        assertThat(report.coupling()).containsExactly(
                new CouplingPair("a/First.java", "b/Second.java", 3, 1.0),
                new CouplingPair("a/First.java", "c/Third.java", 2, 2 / 3.0),
                new CouplingPair("b/Second.java", "c/Third.java", 2, 2 / 3.0));
    }

    @Test
    void commitsWithTooManyFilesSayNothingAboutCouplingButStillCountAsChurn() throws Exception {
        String[] pq = files("P.java", "Q.java");
        commits(pq, files("P.java", "Q.java", "R.java", "S.java"), pq);

        HistoryReport report = mine(HistoryMinerTest.OPTIONS.withCoupling(2, 0.0, 3));

        assertThat(report.coupling()).containsExactly(new CouplingPair("P.java", "Q.java", 2, 2 / 3.0));
        assertThat(report.files().get("R.java").commits()).isEqualTo(1);
        assertThat(report.files().get("P.java").commits()).isEqualTo(3);
    }
}
