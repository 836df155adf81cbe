package dev.debtos.engine.history;

import static dev.debtos.engine.history.TestHistory.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlameLookupTest {

    @TempDir
    Path dir;

    @Test
    void namesTheAuthorAndCommitOfEachLineFollowingRenames() throws Exception {
        RevCommit first;
        RevCommit second;
        try (TestHistory repo = TestHistory.init(dir)) {
            first = repo.write("B.txt", "one\ntwo\nthree\n").commit("alice", day(1));
            second = repo.write("B.txt", "one\nTWO\nthree\n").commit("Bob <Bob@Example.com>", day(2));
            repo.move("B.txt", "docs/C.txt").commit("carol", day(3));
        }

        try (BlameLookup blame = BlameLookup.open(dir)) {
            assertThat(blame.origin("docs/C.txt", 1))
                    .contains(new LineOrigin("alice", "alice@example.com", day(1), first.name()));
            assertThat(blame.origin("docs/C.txt", 2))
                    .contains(new LineOrigin("Bob", "bob@example.com", day(2), second.name()));
            assertThat(blame.origin("docs/C.txt", 3)).map(LineOrigin::authorName).contains("alice");
        }
    }

    @Test
    void answersEmptyForWhatItCannotKnow() throws Exception {
        try (TestHistory repo = TestHistory.init(dir)) {
            repo.write("B.txt", "one\ntwo\n").commit("alice", day(1));
        }

        try (BlameLookup blame = BlameLookup.open(dir)) {
            assertThat(blame.origin("B.txt", 0)).isEmpty();
            assertThat(blame.origin("B.txt", 3)).isEmpty();
            assertThat(blame.origin("missing.txt", 1)).isEmpty();
            assertThat(blame.origin("B.txt", 2)).isPresent();
        }
    }

    @Test
    void aDirectoryWithoutGitAnswersEmptyAndOpeningDoesNoWork() throws Exception {
        Files.writeString(dir.resolve("plain.txt"), "x\n");

        try (BlameLookup blame = BlameLookup.open(dir.resolve("does-not-exist"))) {
            assertThat(blame).isNotNull(); // nothing was opened, so nothing failed
        }
        try (BlameLookup blame = BlameLookup.open(dir)) {
            assertThat(blame.origin("plain.txt", 1)).isEqualTo(Optional.empty());
        }
    }
}
