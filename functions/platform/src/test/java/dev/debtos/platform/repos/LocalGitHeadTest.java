package dev.debtos.platform.repos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalGitHeadTest {

    @Test
    void headAndBranchHeadsOfARepositoryAndNothingForOtherDirectories(@TempDir Path temp) throws Exception {
        Path directory = temp.resolve("repo");
        String first;
        String second;
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("trunk").call()) {
            Files.writeString(directory.resolve("a.txt"), "a");
            git.add().addFilepattern(".").call();
            first = git.commit().setMessage("one").setAuthor("d", "d@example.com").setSign(false).call().name();
            git.branchCreate().setName("feature/x").call();
            Files.writeString(directory.resolve("b.txt"), "b");
            git.add().addFilepattern(".").call();
            second = git.commit().setMessage("two").setAuthor("d", "d@example.com").setSign(false).call().name();
        }
        assertThat(LocalGitHead.of(directory)).hasValue(new LocalGitHead.Head("trunk", second));
        assertThat(LocalGitHead.branchHead(directory, "feature/x")).hasValue(first);
        assertThat(LocalGitHead.branchHead(directory, "missing")).isEmpty();
        Path inside = Files.createDirectory(directory.resolve("sub"));
        assertThat(LocalGitHead.of(inside)).as("a sub-directory is not its parent's repository").isEmpty();
        assertThat(LocalGitHead.of(temp)).isEmpty();
    }

    @Test
    void branchNamesFollowGitsRules() {
        assertThat(LocalGitHead.isValidBranchName("feature/login-v2")).isTrue();
        for (String name : new String[] {"", "../x", "-rf", "a..b", "a b", "x.lock", "a~1", "a^", "a:b", "/x", "x/", "@{u}"}) {
            assertThat(LocalGitHead.isValidBranchName(name)).as(name).isFalse();
        }
    }
}
