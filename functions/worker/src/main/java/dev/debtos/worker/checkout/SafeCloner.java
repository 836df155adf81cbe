package dev.debtos.worker.checkout;

import dev.debtos.worker.ScanRejected;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Fetches exactly one branch of a validated {@link CloneTarget} into a workspace, shallow to the scan's depth, and
 * resolves exactly the requested commit (the branch head when none was requested), whose files the workspace's
 * checkout writes. A commit below the shallow boundary is fetched by unshallowing once; a commit that is not on the
 * branch fails the scan. No tags, no submodules, no hooks (JGit runs none), and the checkout is written by
 * {@link TreeMaterializer} (no symlinks).
 */
public final class SafeCloner {
    private final CheckoutLimits limits;

    public SafeCloner(CheckoutLimits limits) {
        this.limits = limits;
    }

    /**
     * Fetches the branch into the workspace and resolves the commit to scan; the workspace's {@link Workspace#checkOut()}
     * then writes its files. With a {@code historyWindow}, a shallow clone whose fetched commits do not reach that far
     * back from the scanned commit (a busy branch: more than {@code depth} commits in the window) is deepened to the
     * window, so the history stage sees all of it.
     *
     * @param depth commits to fetch, 0 for the whole history
     */
    public void fetch(CloneTarget target, String branch, String commitSha, int depth, java.time.Duration historyWindow,
                      Optional<String> token, Workspace workspace) throws ScanRejected, IOException {
        String ref = Revisions.branchRef(branch);
        ObjectId wanted = Revisions.commitId(commitSha);
        Path tree = workspace.tree();
        CloneWatchdog watchdog = new CloneWatchdog(tree.resolve(".git"), limits.maxRepositoryBytes(), limits.timeout());
        CloneCommand clone = Git.cloneRepository().setURI(target.uri().toString()).setDirectory(tree.toFile())
                .setNoCheckout(true).setBranchesToClone(List.of(ref)).setBranch(ref).setCloneSubmodules(false)
                .setNoTags().setTimeout((int) Math.max(1, limits.timeout().toSeconds())).setProgressMonitor(watchdog);
        token.ifPresent(t -> clone.setCredentialsProvider(new UsernamePasswordCredentialsProvider("x-access-token", t)));
        if (depth > 0) {
            clone.setDepth(depth);
        }
        try (Git git = fetch(clone, branch, watchdog)) {
            Repository repository = git.getRepository();
            ObjectId head = repository.resolve("refs/remotes/origin/" + branch);
            if (head == null) {
                throw new ScanRejected("the branch " + branch + " does not exist in the repository");
            }
            ObjectId commit = wanted == null ? head : onBranch(git, wanted, head, depth > 0, watchdog);
            if (depth > 0 && historyWindow != null) {
                deepenToWindow(git, commit, depth, historyWindow, watchdog);
            }
            workspace.resolved(commit.name(), Revisions.treeId(repository, commit),
                    () -> Revisions.writeTree(tree, commit, new TreeMaterializer(limits, watchdog),
                            CloneWatchdog.bytesOnDisk(tree.resolve(".git"))));
        }
    }

    private static Git fetch(CloneCommand clone, String branch, CloneWatchdog watchdog) throws ScanRejected, IOException {
        try {
            return clone.call();
        } catch (InvalidRemoteException e) {
            throw new ScanRejected("the repository does not exist or is not accessible");
        } catch (TransportException | JGitInternalException e) {
            throw failure(e, watchdog);
        } catch (GitAPIException e) {
            if (String.valueOf(e.getMessage()).contains("Remote branch")) {
                throw new ScanRejected("the branch " + branch + " does not exist in the repository");
            }
            throw new IOException("clone failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The requested commit, fetched in full if the shallow clone does not reach it; rejected when not on the branch. */
    private static ObjectId onBranch(Git git, ObjectId wanted, ObjectId head, boolean shallow, CloneWatchdog watchdog)
            throws ScanRejected, IOException {
        if (!has(git.getRepository(), wanted) && shallow) {
            try {
                git.fetch().setUnshallow(true).setProgressMonitor(watchdog).call();
            } catch (TransportException | JGitInternalException e) {
                throw failure(e, watchdog);
            } catch (GitAPIException e) {
                throw new IOException("deepening failed: " + e.getClass().getSimpleName(), e);
            }
        }
        if (!has(git.getRepository(), wanted)) {
            throw new ScanRejected("the commit " + wanted.name() + " is not on the branch");
        }
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit commit = walk.parseCommit(wanted);
            if (!walk.isMergedInto(commit, walk.parseCommit(head))) {
                throw new ScanRejected("the commit " + wanted.name() + " is not on the branch");
            }
            return commit;
        }
    }

    /**
     * Deepens a shallow clone, fourfold at a time, until its boundary reaches (scanned commit's time − window) or the
     * whole history is there. ({@code --shallow-since} would say it in one round, but not every server and not
     * JGit's own file transport honour it.)
     */
    private static void deepenToWindow(Git git, ObjectId commit, int depth, java.time.Duration window, CloneWatchdog watchdog)
            throws ScanRejected, IOException {
        Repository repository = git.getRepository();
        try (RevWalk walk = new RevWalk(repository)) {
            java.time.Instant cutoff = walk.parseCommit(commit).getCommitterIdent().getWhenAsInstant().minus(window);
            for (int deeper = depth * 4; !reachesBack(repository, cutoff); deeper *= 4) {
                var before = repository.getObjectDatabase().getShallowCommits();
                git.fetch().setDepth(deeper).setProgressMonitor(watchdog).call();
                if (repository.getObjectDatabase().getShallowCommits().equals(before)) {
                    return; // nothing older on the server
                }
            }
        } catch (TransportException | JGitInternalException e) {
            throw failure(e, watchdog);
        } catch (GitAPIException e) {
            throw new IOException("deepening failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** True when the clone is complete, or one of its shallow boundary commits is at or before {@code cutoff}. */
    private static boolean reachesBack(Repository repository, java.time.Instant cutoff) throws IOException {
        var boundary = repository.getObjectDatabase().getShallowCommits();
        try (RevWalk walk = new RevWalk(repository)) {
            for (ObjectId id : boundary) {
                if (!walk.parseCommit(id).getCommitterIdent().getWhenAsInstant().isAfter(cutoff)) {
                    return true;
                }
            }
        }
        return boundary.isEmpty();
    }

    private static boolean has(Repository repository, ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.parseCommit(id);
            return true;
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return false;
        }
    }

    /** A cap the watchdog enforced, or an authentication/not-found answer, fails the scan; anything else is retried. */
    private static IOException failure(Exception e, CloneWatchdog watchdog) throws ScanRejected {
        if (watchdog.reason() != null) {
            throw new ScanRejected(watchdog.reason());
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("remote branch") && message.contains("not found")) {
            throw new ScanRejected("the requested branch does not exist in the repository");
        }
        if (message.contains("not authorized") || message.contains("authentication") || message.contains("not found")
                || message.contains("not permitted")) {
            throw new ScanRejected("the repository does not exist or is not accessible");
        }
        return new IOException("fetching the repository failed: " + e.getClass().getSimpleName());
    }
}
