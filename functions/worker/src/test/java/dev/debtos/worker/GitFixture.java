package dev.debtos.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;

/** Builds small real git repositories for the checkout tests. */
public final class GitFixture {
    private final Path root;

    private GitFixture(Path root) {
        this.root = root;
    }

    public static GitFixture init(Path root) throws Exception {
        Files.createDirectories(root);
        Git.init().setDirectory(root.toFile()).setInitialBranch("main").call().close();
        return new GitFixture(root);
    }

    public Path root() {
        return root;
    }

    public String commit(String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        try (Git git = Git.open(root.toFile())) {
            git.add().addFilepattern(path).call();
            return commitAll(git, "change " + path);
        }
    }

    public String delete(String path) throws Exception {
        try (Git git = Git.open(root.toFile())) {
            git.rm().addFilepattern(path).call();
            return commitAll(git, "delete " + path);
        }
    }

    public String rename(String from, String to) throws Exception {
        Path target = root.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(root.resolve(from), target);
        try (Git git = Git.open(root.toFile())) {
            git.rm().addFilepattern(from).call();
            git.add().addFilepattern(to).call();
            return commitAll(git, "rename " + from);
        }
    }

    public void branch(String name) throws Exception {
        try (Git git = Git.open(root.toFile())) {
            git.checkout().setCreateBranch(true).setName(name).call();
        }
    }

    public void switchTo(String name) throws Exception {
        try (Git git = Git.open(root.toFile())) {
            git.checkout().setName(name).call();
        }
    }

    private static String commitAll(Git git, String message) throws Exception {
        RevCommit commit = git.commit().setMessage(message).setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").setSign(false).call();
        return commit.name();
    }
}
