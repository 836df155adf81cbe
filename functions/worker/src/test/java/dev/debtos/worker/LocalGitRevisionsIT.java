package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.scan.Repository;
import dev.debtos.worker.checkout.Workspace;
import dev.debtos.worker.pr.LocalGitRevisions;
import dev.debtos.worker.pr.RevisionSource;
import dev.debtos.worker.pr.RevisionUnavailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact commits of a local git repository, checked out into private temp dirs that disappear on close. */
class LocalGitRevisionsIT {
    @TempDir
    Path dir;

    @Test
    void eachCommitIsCheckedOutPrivatelyWithItsHistoryAndRemovedOnClose() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        Repository repository = local(pr.path());
        RevisionSource revisions = new LocalGitRevisions();
        Path headRoot;

        try (Workspace head = revisions.checkout(repository, pr.head()); Workspace base = revisions.checkout(repository, pr.base())) {
            headRoot = head.tree();
            assertThat(head.tree()).isNotEqualTo(pr.path()).isNotEqualTo(base.tree());
            assertThat(Files.readString(head.tree().resolve(PrRepository.PRICING))).contains("int discount(int a)");
            assertThat(Files.readString(base.tree().resolve(PrRepository.PRICING))).doesNotContain("discount");
            try (Git git = Git.open(head.tree().toFile())) {
                assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(pr.head());
                assertThat(git.log().call()).hasSize(5);
            }
        }

        assertThat(headRoot).doesNotExist();
        try (Git source = Git.open(pr.path().toFile())) {
            assertThat(source.getRepository().getBranch()).isEqualTo("main");
            assertThat(source.status().call().isClean()).isTrue();
        }
    }

    @Test
    void anUnknownCommitOrARemoteRepositoryIsUnavailable() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        RevisionSource revisions = new LocalGitRevisions();

        assertThatThrownBy(() -> revisions.checkout(local(pr.path()), "0123456789abcdef0123456789abcdef01234567"))
                .isInstanceOf(RevisionUnavailable.class).hasMessageContaining("is not in the repository");
        assertThatThrownBy(() -> revisions.checkout(local(pr.path()), "HEAD"))
                .isInstanceOf(RevisionUnavailable.class).hasMessage("not a full commit id");
        Repository remote = new Repository(UUID.randomUUID(), UUID.randomUUID(), "github", "acme/shop",
                "https://github.com/acme/shop.git", "main");
        assertThatThrownBy(() -> revisions.checkout(remote, pr.head())).isInstanceOf(RevisionUnavailable.class)
                .hasMessageContaining("not available yet");
        assertThatThrownBy(() -> new LocalGitRevisions(r -> Optional.of(dir)).checkout(remote, pr.head()))
                .isInstanceOf(RevisionUnavailable.class).hasMessageContaining("not a git repository");
    }

    private static Repository local(Path path) {
        return new Repository(UUID.randomUUID(), UUID.randomUUID(), "local", "local" + path, path.toUri().toString(), "main");
    }
}
