package dev.debtos.local.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The branch and commit a working tree is on; both null when it is not a git repository (or has no commit). */
record GitHead(String branch, String commit) {

    static GitHead of(Path root) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return new GitHead(null, null);
        }
        try (Repository repository = builder.build()) {
            ObjectId head = repository.resolve("HEAD");
            return new GitHead(repository.getBranch(), head == null ? null : head.name());
        } catch (IOException e) {
            return new GitHead(null, null);
        }
    }
}
