package dev.debtos.worker.checkout;

import dev.debtos.worker.ScanRejected;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Checks on the requested branch and commit, the commit's tree id, and writing the scanned commit into a workspace's
 * tree with HEAD detached there.
 */
final class Revisions {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private Revisions() {
    }

    static String branchRef(String branch) throws ScanRejected {
        if (branch == null || branch.isBlank()) {
            throw new ScanRejected("the scan names no branch");
        }
        String ref = Constants.R_HEADS + branch;
        if (branch.startsWith("-") || !Repository.isValidRefName(ref)) {
            throw new ScanRejected("the branch name is not a valid git branch");
        }
        return ref;
    }

    static ObjectId commitId(String sha) throws ScanRejected {
        if (sha == null) {
            return null;
        }
        if (!COMMIT.matcher(sha).matches()) {
            throw new ScanRejected("the commit is not a full lower-case SHA-1 commit id");
        }
        return ObjectId.fromString(sha);
    }

    /** The id of the commit's root tree: two commits with the same tree id have exactly the same files. */
    static String treeId(Repository repository, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(commit).getTree().name();
        }
    }

    /**
     * Writes the commit's files into {@code tree} from the object database of {@code tree/.git} and detaches HEAD
     * there; returns how many files were skipped.
     */
    static int writeTree(Path tree, ObjectId commit, TreeMaterializer materializer, long bytesAlready)
            throws ScanRejected, IOException {
        try (Repository repository = new FileRepositoryBuilder().setGitDir(tree.resolve(Constants.DOT_GIT).toFile())
                .setMustExist(true).build()) {
            int skipped = materializer.write(repository, commit, tree, bytesAlready).skipped();
            detachHead(repository, commit);
            return skipped;
        }
    }

    /** HEAD detached at the commit: the engine's history and blame read HEAD. */
    static void detachHead(Repository repository, ObjectId commit) throws IOException {
        RefUpdate head = repository.updateRef(Constants.HEAD, true);
        head.setNewObjectId(commit);
        RefUpdate.Result result = head.forceUpdate();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
            throw new IOException("HEAD not updated: " + result);
        }
    }
}
