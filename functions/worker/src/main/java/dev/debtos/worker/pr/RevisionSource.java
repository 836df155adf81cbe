package dev.debtos.worker.pr;

import dev.debtos.platform.scan.Repository;
import dev.debtos.worker.checkout.Workspace;
import java.io.IOException;

/**
 * "Give me a working tree of commit X of this repository." A PR scan asks for its head and (unless a completed scan
 * of it can be reused) its base. {@link CheckoutRevisions} gives PR scans the same safe checkout as branch scans
 * (remote clone or local checkout) and is what the worker uses; tests also use a plain JGit one (test sources).
 */
@FunctionalInterface
public interface RevisionSource {

    /**
     * A private, checked-out working tree of {@code commitSha} (with its {@code .git}, so history can be mined); the
     * caller closes it, which removes it.
     *
     * @throws RevisionUnavailable when no retry can produce it (unknown commit, repository not reachable from here)
     */
    Workspace checkout(Repository repository, String commitSha) throws RevisionUnavailable, IOException;

    /**
     * As above, with the branch the commit is on (a PR's head branch; the default branch for its base): sources that
     * fetch one branch only ({@link CheckoutRevisions}) need it, the others ignore it.
     */
    default Workspace checkout(Repository repository, String branch, String commitSha) throws RevisionUnavailable, IOException {
        return checkout(repository, commitSha);
    }

    /** For profiles that cannot fetch anything yet: every checkout is refused with {@code reason}. */
    static RevisionSource unavailable(String reason) {
        return (repository, commitSha) -> {
            throw new RevisionUnavailable(reason);
        };
    }
}
