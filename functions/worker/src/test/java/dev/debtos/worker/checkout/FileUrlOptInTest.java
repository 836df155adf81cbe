package dev.debtos.worker.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.config.CloneSettings;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.scan.Repository;
import dev.debtos.worker.GitFixture;
import dev.debtos.worker.ScanRejected;
import dev.debtos.worker.pr.CheckoutRevisions;
import dev.debtos.worker.pr.RevisionUnavailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLONE_ALLOW_FILE_URLS lets a GitHub repository stand on a local git directory on the local profile only; the aws
 * profile refuses file URLs with or without it, and PR checkouts ({@link CheckoutRevisions}) obey the same rules.
 */
class FileUrlOptInTest {
    @TempDir
    Path temp;

    private static WorkspacePreparer preparer(Profile profile, boolean allowFileUrls, Path storage) {
        CloneSettings defaults = CloneSettings.defaults();
        return new WorkspacePreparer(new CloneSettings(List.of("github.com"), defaults.maxRepositoryBytes(), defaults.maxFiles(),
                defaults.maxFileBytes(), defaults.timeout(), allowFileUrls), profile, storage, HostResolver.SYSTEM,
                CloneCredentials.NONE);
    }

    private Repository github(Path directory) {
        return new Repository(UUID.randomUUID(), UUID.randomUUID(), "github", "acme/shop", directory.toUri().toString(), "main");
    }

    @Test
    void onTheLocalProfileTheOptInChecksTheExactCommitOut() throws Exception {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        String first = git.commit("A.java", "class A {}\n");
        git.commit("B.java", "class B {}\n");
        try (Workspace workspace = preparer(Profile.LOCAL, true, temp.resolve("scans")).prepare(github(git.root()), "main", first, "standard")) {
            assertThat(workspace.commit()).isEqualTo(first);
            workspace.checkOut();
            assertThat(workspace.tree().resolve("A.java")).exists();
            assertThat(workspace.tree().resolve("B.java")).doesNotExist();
        }
        try (var tree = new CheckoutRevisions(preparer(Profile.LOCAL, true, temp.resolve("scans"))).checkout(github(git.root()), "main", first)) {
            assertThat(tree.tree().resolve("A.java")).exists();
            assertThat(tree.tree().resolve("B.java")).doesNotExist();
        }
        try (var files = Files.list(temp.resolve("scans"))) {
            assertThat(files).as("workspaces are removed when closed").isEmpty();
        }
    }

    @Test
    void aPlainDirectoryCannotGiveAPullRequestItsCommits() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve("A.java"), "class A {}\n");
        assertThatThrownBy(() -> new CheckoutRevisions(preparer(Profile.LOCAL, true, temp.resolve("scans")))
                .checkout(github(plain), "main", "0123456789abcdef0123456789abcdef01234567"))
                .isInstanceOf(RevisionUnavailable.class).hasMessage("the repository's directory is not a git repository");
        assertThat(plain.resolve("A.java")).as("the directory itself is never deleted").exists();
    }

    @Test
    void withoutTheOptInAGithubRepositoryWithAFileUrlIsRefused() throws Exception {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        String commit = git.commit("A.java", "class A {}\n");
        assertThatThrownBy(() -> preparer(Profile.LOCAL, false, temp.resolve("scans")).prepare(github(git.root()), "main", commit, "standard"))
                .isInstanceOf(ScanRejected.class).hasMessage("file:// clone URLs are allowed only for local repositories");
        assertThatThrownBy(() -> new CheckoutRevisions(preparer(Profile.LOCAL, false, temp.resolve("scans"))).checkout(github(git.root()), "main", commit))
                .isInstanceOf(RevisionUnavailable.class).hasMessage("file:// clone URLs are allowed only for local repositories");
    }

    @Test
    void theAwsProfileStaysStrictWithTheOptIn() throws Exception {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        String commit = git.commit("A.java", "class A {}\n");
        assertThatThrownBy(() -> preparer(Profile.AWS, true, temp.resolve("scans")).prepare(github(git.root()), "main", commit, "standard"))
                .isInstanceOf(ScanRejected.class).hasMessage("file:// repositories are scanned only on the local profile");
        Repository local = new Repository(UUID.randomUUID(), UUID.randomUUID(), "local", "shop", git.root().toUri().toString(), "main");
        assertThatThrownBy(() -> preparer(Profile.AWS, true, temp.resolve("scans")).prepare(local, "main", commit, "standard"))
                .isInstanceOf(ScanRejected.class).hasMessage("file:// repositories are scanned only on the local profile");
        assertThatThrownBy(() -> new CheckoutRevisions(preparer(Profile.AWS, true, temp.resolve("scans"))).checkout(github(git.root()), "main", commit))
                .isInstanceOf(RevisionUnavailable.class).hasMessage("file:// repositories are scanned only on the local profile");
    }
}
