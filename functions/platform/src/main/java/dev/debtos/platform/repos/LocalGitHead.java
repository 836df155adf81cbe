package dev.debtos.platform.repos;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * What git says about a local repository's directory, read with JGit (no git binary): the branch HEAD is on and the
 * commit a branch points at. The directory itself must hold {@code .git}: a parent repository is not looked for, so a
 * sub-directory of some checkout is not mistaken for it.
 */
public final class LocalGitHead {

    /** The branch, and the commit it resolves to, of one working tree. */
    public record Head(String branch, String commit) {
    }

    private LocalGitHead() {
    }

    /** HEAD's branch and commit; empty when the directory is not a git repository or has no commit yet. */
    public static Optional<Head> of(Path directory) throws IOException {
        try (Repository repository = open(directory)) {
            if (repository == null) {
                return Optional.empty();
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            return head == null ? Optional.empty() : Optional.of(new Head(repository.getBranch(), head.name()));
        }
    }

    /** The commit {@code refs/heads/<branch>} points at; empty when there is no such branch. */
    public static Optional<String> branchHead(Path directory, String branch) throws IOException {
        try (Repository repository = open(directory)) {
            if (repository == null) {
                return Optional.empty();
            }
            Ref ref = repository.exactRef(Constants.R_HEADS + branch);
            return ref == null || ref.getObjectId() == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
        }
    }

    /** True when {@code branch} is a name git accepts for a branch. */
    public static boolean isValidBranchName(String branch) {
        return branch != null && !branch.isEmpty() && branch.length() <= 255 && !branch.startsWith("-")
                && Repository.isValidRefName(Constants.R_HEADS + branch);
    }

    /** The directory's own repository ({@code .git} a directory, or a gitfile as in linked worktrees); else null. */
    private static Repository open(Path directory) throws IOException {
        if (!directory.resolve(Constants.DOT_GIT).toFile().exists()) {
            return null;
        }
        return new FileRepositoryBuilder().setWorkTree(directory.toFile()).setMustExist(true).build();
    }
}
