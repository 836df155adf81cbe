package dev.debtos.worker.checkout;

import dev.debtos.worker.ScanRejected;
import java.io.IOException;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/** Checks on the requested branch and commit, and pointing the workspace's HEAD at the scanned commit. */
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
