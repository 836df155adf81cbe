package dev.debtos.worker.pr;

import dev.debtos.platform.scan.Repository;
import dev.debtos.worker.ScanRejected;
import dev.debtos.worker.checkout.Workspace;
import dev.debtos.worker.checkout.WorkspacePreparer;
import java.io.IOException;

/**
 * PR scans' working trees from the same safe checkout as branch scans ({@link WorkspacePreparer}): the clone URL is
 * validated, a remote repository's branch is cloned at standard depth (an older commit is reached by unshallowing,
 * as for branch scans) and a local one's commit is written from its object database. Whatever
 * the preparer refuses (URL, caps, a commit that is not on the branch) is a {@link RevisionUnavailable}: no retry
 * can help.
 *
 * <p>Not covered: pull requests from forks. Their head branch lives in the fork, not in the repository cloned here
 * (GitHub's {@code refs/pull/N/head} is not fetched), so such a head is refused as not on the branch.
 */
public final class CheckoutRevisions implements RevisionSource {
    private static final String DEPTH = "standard";

    private final WorkspacePreparer workspaces;

    public CheckoutRevisions(WorkspacePreparer workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public Workspace checkout(Repository repository, String commitSha) throws RevisionUnavailable, IOException {
        return checkout(repository, repository.defaultBranch(), commitSha);
    }

    @Override
    public Workspace checkout(Repository repository, String branch, String commitSha) throws RevisionUnavailable, IOException {
        Workspace workspace;
        try {
            workspace = workspaces.prepare(repository, branch, commitSha, DEPTH);
        } catch (ScanRejected e) {
            throw new RevisionUnavailable(e.getMessage());
        }
        try {
            if (!commitSha.equals(workspace.commit())) {
                // a plain directory is scanned in place: it has no commits, so a PR's head and base cannot be told apart
                throw new RevisionUnavailable("the repository's directory is not a git repository");
            }
            workspace.checkOut();
            return workspace;
        } catch (ScanRejected e) {
            workspace.close();
            throw new RevisionUnavailable(e.getMessage());
        } catch (RevisionUnavailable | IOException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }
}
