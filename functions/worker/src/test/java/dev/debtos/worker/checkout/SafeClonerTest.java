package dev.debtos.worker.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.worker.GitFixture;
import dev.debtos.worker.ScanRejected;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real clones over file:// from JGit-built repositories: exact revision, shallow windows and every cap. */
class SafeClonerTest {
    private static final CheckoutLimits LIMITS = new CheckoutLimits(50L << 20, 1000, 1 << 20, Duration.ofMinutes(2));

    @TempDir
    Path dir;

    private GitFixture origin;
    private String first;
    private String second;
    private String third;

    @BeforeEach
    void origin() throws Exception {
        origin = GitFixture.init(dir.resolve("origin"));
        first = origin.commit("src/App.java", "class App { }\n");
        second = origin.commit("src/App.java", "class App { int v = 2; }\n");
        third = origin.commit("README.md", "# app\n");
    }

    private CloneTarget target() {
        return new CloneTarget(origin.root().toUri(), null);
    }

    private Workspace cloned(CheckoutLimits limits, String branch, String commit, int depth) throws Exception {
        Workspace workspace = Workspace.create(dir.resolve("work"));
        try {
            new SafeCloner(limits).fetch(target(), branch, commit, depth, null, Optional.empty(), workspace);
            workspace.checkOut();
            return workspace;
        } catch (Exception e) {
            workspace.close();
            throw e;
        }
    }

    @Test
    void theRequestedCommitIsCheckedOutExactlyWithHeadDetachedThere() throws Exception {
        try (Workspace workspace = cloned(LIMITS, "main", second, 1)) {
            assertThat(workspace.commit()).isEqualTo(second);
            assertThat(Files.readString(workspace.tree().resolve("src/App.java"))).contains("v = 2");
            assertThat(workspace.tree().resolve("README.md")).doesNotExist();
            try (Git git = Git.open(workspace.tree().toFile())) {
                assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(second);
            }
        }
    }

    @Test
    void withoutACommitTheBranchHeadIsScanned() throws Exception {
        try (Workspace workspace = cloned(LIMITS, "main", null, 500)) {
            assertThat(workspace.commit()).isEqualTo(third);
            assertThat(workspace.tree().resolve("README.md")).exists();
        }
    }

    @Test
    void aBusyBranchIsDeepenedUntilItsHistoryCoversTheWindow() throws Exception {
        Path busy = dir.resolve("busy");
        java.time.Instant now = java.time.Instant.parse("2026-11-30T12:00:00Z");
        java.util.List<String> commits = new java.util.ArrayList<>();
        try (Git git = Git.init().setDirectory(busy.toFile()).setInitialBranch("main").call()) {
            for (int daysAgo : new int[] {700, 400, 300, 200, 100, 3, 2, 1}) {
                Files.writeString(busy.resolve("App.java"), "class App { int days = " + daysAgo + "; }\n");
                git.add().addFilepattern(".").call();
                var when = new org.eclipse.jgit.lib.PersonIdent("dev", "dev@example.com", now.minus(Duration.ofDays(daysAgo)),
                        java.time.ZoneOffset.UTC);
                commits.add(git.commit().setMessage("d" + daysAgo).setAuthor(when).setCommitter(when).setSign(false).call().name());
            }
        }
        Workspace workspace = Workspace.create(dir.resolve("work-busy"));
        try (workspace) {
            // 2 commits fetched reach back 1 day only: deepened (2 -> 8 commits) until the 365 days before the scanned commit are in
            new SafeCloner(LIMITS).fetch(new CloneTarget(busy.toUri(), null), "main", null, 2, Duration.ofDays(365),
                    Optional.empty(), workspace);
            try (Git git = Git.open(workspace.tree().toFile())) {
                java.util.List<String> fetched = new java.util.ArrayList<>();
                git.log().call().forEach(c -> fetched.add(c.getFullMessage()));
                assertThat(fetched).startsWith("d1", "d2", "d3", "d100", "d200", "d300");
            }
        }
        Workspace narrow = Workspace.create(dir.resolve("work-narrow"));
        try (narrow) {
            // the 2 commits fetched already reach back past a 1-day window: nothing more is fetched
            new SafeCloner(LIMITS).fetch(new CloneTarget(busy.toUri(), null), "main", null, 2, Duration.ofDays(1),
                    Optional.empty(), narrow);
            try (Git git = Git.open(narrow.tree().toFile())) {
                java.util.List<String> fetched = new java.util.ArrayList<>();
                git.log().call().forEach(c -> fetched.add(c.getFullMessage()));
                assertThat(fetched).containsExactly("d1", "d2");
            }
        }
    }

    @Test
    void aShallowCloneIsDeepenedToReachAnOlderCommit() throws Exception {
        try (Workspace workspace = cloned(LIMITS, "main", first, 1)) {
            assertThat(workspace.commit()).isEqualTo(first);
            assertThat(Files.readString(workspace.tree().resolve("src/App.java"))).isEqualTo("class App { }\n");
        }
    }

    @Test
    void onlyTheRequestedBranchIsFetchedAndACommitOfAnotherBranchIsRefused() throws Exception {
        origin.branch("feature");
        String feature = origin.commit("src/Feature.java", "class Feature { }\n");
        origin.switchTo("main");

        assertThatThrownBy(() -> cloned(LIMITS, "main", feature, 0)).isInstanceOf(ScanRejected.class)
                .hasMessage("the commit " + feature + " is not on the branch");
        try (Workspace workspace = cloned(LIMITS, "feature", feature, 0); Git git = Git.open(workspace.tree().toFile())) {
            assertThat(git.getRepository().getRefDatabase().getRefs()).extracting(r -> r.getName())
                    .doesNotContain("refs/remotes/origin/main");
        }
    }

    @Test
    void aMissingBranchOrAnInvalidNameOrCommitIsRefused() {
        assertThatThrownBy(() -> cloned(LIMITS, "nope", null, 1)).isInstanceOf(ScanRejected.class)
                .hasMessageContaining("does not exist in the repository");
        assertThatThrownBy(() -> cloned(LIMITS, "--upload-pack=x", null, 1)).isInstanceOf(ScanRejected.class)
                .hasMessage("the branch name is not a valid git branch");
        assertThatThrownBy(() -> cloned(LIMITS, "main", "HEAD~1", 1)).isInstanceOf(ScanRejected.class)
                .hasMessageContaining("not a full lower-case SHA-1 commit id");
        assertThatThrownBy(() -> cloned(LIMITS, "main", "0".repeat(40), 1)).isInstanceOf(ScanRejected.class)
                .hasMessageContaining("is not on the branch");
    }

    @Test
    void tooManyFilesIsRefused() {
        CheckoutLimits twoFiles = new CheckoutLimits(LIMITS.maxRepositoryBytes(), 1, LIMITS.maxFileBytes(), LIMITS.timeout());
        assertThatThrownBy(() -> cloned(twoFiles, "main", third, 1)).isInstanceOf(ScanRejected.class)
                .hasMessage("the repository has more files than the limit (CLONE_MAX_FILES)");
    }

    @Test
    void aRepositoryLargerThanTheCapIsRefused() {
        CheckoutLimits tiny = new CheckoutLimits(64, LIMITS.maxFiles(), LIMITS.maxFileBytes(), LIMITS.timeout());
        assertThatThrownBy(() -> cloned(tiny, "main", third, 1)).isInstanceOf(ScanRejected.class)
                .hasMessageContaining("larger than the size limit (CLONE_MAX_REPOSITORY_MB)");
    }

    @Test
    void aFileOverTheSingleFileCapIsSkippedAndCounted() throws Exception {
        String big = origin.commit("data/big.json", "x".repeat(4096));
        CheckoutLimits small = new CheckoutLimits(LIMITS.maxRepositoryBytes(), LIMITS.maxFiles(), 1024, LIMITS.timeout());
        try (Workspace workspace = cloned(small, "main", big, 1)) {
            assertThat(workspace.tree().resolve("data/big.json")).doesNotExist();
            assertThat(workspace.tree().resolve("src/App.java")).exists();
            assertThat(workspace.skippedFiles()).isEqualTo(1);
        }
    }

    @Test
    void aCloneOverTheTimeLimitIsRefused() {
        CheckoutLimits instant = new CheckoutLimits(LIMITS.maxRepositoryBytes(), LIMITS.maxFiles(), LIMITS.maxFileBytes(),
                Duration.ofNanos(1));
        assertThatThrownBy(() -> cloned(instant, "main", third, 1)).isInstanceOf(ScanRejected.class)
                .hasMessageContaining("longer than the time limit (CLONE_TIMEOUT)");
    }

    @Test
    void symbolicLinksInTheRepositoryAreNeverCreated() throws Exception {
        Path link = origin.root().resolve("src/passwd.java");
        Files.createSymbolicLink(link, Path.of("/etc/passwd"));
        String withLink;
        try (Git git = Git.open(origin.root().toFile())) {
            git.add().addFilepattern("src/passwd.java").call();
            withLink = git.commit().setMessage("link").setAuthor("Dev", "d@example.com").setCommitter("Dev", "d@example.com")
                    .setSign(false).call().name();
        }
        try (Workspace workspace = cloned(LIMITS, "main", withLink, 1)) {
            assertThat(Files.exists(workspace.tree().resolve("src/passwd.java"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertThat(workspace.skippedFiles()).isEqualTo(1);
        }
    }

    @Test
    void closingTheWorkspaceRemovesEverything() throws Exception {
        Workspace workspace = cloned(LIMITS, "main", third, 1);
        Path owned = workspace.ownedDirectory();
        assertThat(owned.resolve("tree/.git")).isDirectory();
        workspace.close();
        assertThat(owned).doesNotExist();
        assertThat(dir.resolve("work")).isEmptyDirectory();
    }

    @Test
    void aRejectedCloneLeavesNoWorkspaceBehind() throws Exception {
        WorkspacePreparer preparer = new WorkspacePreparer(dev.debtos.platform.config.CloneSettings.defaults(),
                dev.debtos.platform.config.Profile.AWS, dir.resolve("storage"), host -> java.util.List.of(), CloneCredentials.NONE);
        var repository = new dev.debtos.platform.scan.Repository(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                "github", "acme/shop", "https://github.com/acme/shop.git", "main");
        assertThatThrownBy(() -> preparer.prepare(repository, "main", null, "standard")).isInstanceOf(ScanRejected.class)
                .hasMessageContaining("does not resolve");
        assertThat(dir.resolve("storage")).doesNotExist();
    }
}
