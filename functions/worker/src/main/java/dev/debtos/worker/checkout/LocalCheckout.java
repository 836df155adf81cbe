package dev.debtos.worker.checkout;

import dev.debtos.worker.ScanRejected;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * A {@code local}-provider repository (local profile): the scan reads exactly the requested commit (or the branch
 * head, or HEAD), never the working tree, so uncommitted edits do not change results. When the workspace is checked
 * out it gets a {@code .git} that borrows the local repository's objects ({@code objects/info/alternates}, like
 * {@code git clone --shared}: nothing is copied) with HEAD detached at the commit, and the commit's files written from
 * the object database. A directory that is not itself the top of a git repository (a plain directory, or a
 * sub-directory of one) is scanned in place, as it is on disk.
 */
public final class LocalCheckout {
    private final CheckoutLimits limits;

    public LocalCheckout(CheckoutLimits limits) {
        this.limits = limits;
    }

    public Workspace checkout(Path directory, String branch, String commitSha, Path storage) throws ScanRejected, IOException {
        File gitDir = RepositoryCache.FileKey.resolve(directory.toFile(), FS.DETECTED);
        if (gitDir == null || !directory.resolve(Constants.DOT_GIT).toFile().exists()) {
            return Workspace.inPlace(directory);
        }
        try (Repository source = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build()) {
            ObjectId commit = Revisions.commitId(commitSha);
            if (commit == null) {
                commit = source.resolve(branch != null && !branch.isBlank() ? Revisions.branchRef(branch) : Constants.HEAD);
                if (commit == null) {
                    return Workspace.inPlace(directory); // no commit yet: nothing committed to scan
                }
            }
            if (!isCommit(source, commit)) {
                throw new ScanRejected("the commit " + commit.name() + " is not in the local repository");
            }
            if (commitSha != null) {
                requireOnBranch(source, commit, branch);
            }
            Workspace workspace = Workspace.create(storage);
            try {
                share(source, workspace, commit);
                return workspace;
            } catch (IOException | RuntimeException e) {
                workspace.close();
                throw e;
            }
        }
    }

    /**
     * The workspace's {@code .git} (HEAD detached at the commit, the source's objects borrowed) and the commit's files
     * are written when the workspace is checked out: a scan that reuses an earlier scan of the same tree needs only
     * the tree id.
     */
    private void share(Repository source, Workspace workspace, ObjectId commit) throws IOException {
        Path objects = source.getDirectory().toPath().resolve("objects").toAbsolutePath();
        Path shallow = source.getDirectory().toPath().resolve("shallow");
        Path tree = workspace.tree();
        workspace.resolved(commit.name(), Revisions.treeId(source, commit), () -> {
            Path gitDir = borrowingGitDir(tree, objects, shallow);
            return Revisions.writeTree(tree, commit,
                    new TreeMaterializer(limits, new CloneWatchdog(gitDir, limits.maxRepositoryBytes(), limits.timeout())), 0);
        });
    }

    private static Path borrowingGitDir(Path tree, Path objects, Path shallow) throws IOException {
        Path gitDir;
        try (Git git = Git.init().setDirectory(tree.toFile()).setInitialBranch("scan").call()) {
            gitDir = git.getRepository().getDirectory().toPath();
        } catch (GitAPIException e) {
            throw new IOException("preparing the scan workspace failed: " + e.getClass().getSimpleName(), e);
        }
        Files.writeString(gitDir.resolve("objects").resolve("info").resolve("alternates"), objects + "\n");
        if (Files.isRegularFile(shallow)) {
            Files.copy(shallow, gitDir.resolve("shallow"), StandardCopyOption.REPLACE_EXISTING);
        }
        return gitDir;
    }

    /**
     * The ledger follows one branch's history: a requested commit must be reachable from the branch (HEAD when the
     * scan names none), as {@link SafeCloner} requires of a clone, or another branch's findings would enter the ledger
     * and move the repository's last scanned commit.
     */
    private static void requireOnBranch(Repository source, ObjectId commit, String branch) throws ScanRejected, IOException {
        boolean named = branch != null && !branch.isBlank();
        ObjectId head = source.resolve(named ? Revisions.branchRef(branch) : Constants.HEAD);
        if (head == null) {
            throw new ScanRejected("the branch " + (named ? branch : "HEAD") + " does not exist in the local repository");
        }
        try (RevWalk walk = new RevWalk(source)) {
            if (!walk.isMergedInto(walk.parseCommit(commit), walk.parseCommit(head))) {
                throw new ScanRejected("the commit " + commit.name() + " is not on the branch " + (named ? branch : "HEAD"));
            }
        }
    }

    private static boolean isCommit(Repository repository, ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.parseCommit(id);
            return true;
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            return false;
        }
    }
}
