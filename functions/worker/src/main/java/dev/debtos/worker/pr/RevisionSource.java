package dev.debtos.worker.pr;

import dev.debtos.platform.scan.Repository;
import java.io.IOException;

/**
 * "Give me a working tree of commit X of this repository." A PR scan asks for its head and (unless a completed scan
 * of it can be reused) its base. {@link LocalGitRevisions} checks a commit of a git repository on this machine out
 * into a temp dir; the remote cloner (safe cloning, exact revision) plugs in here for GitHub and GitLab.
 */
@FunctionalInterface
public interface RevisionSource {

    /**
     * A private working tree of {@code commitSha} (with its {@code .git}, so history can be mined); the caller closes
     * it, which removes it.
     *
     * @throws RevisionUnavailable when no retry can produce it (unknown commit, repository not reachable from here)
     */
    Workspace checkout(Repository repository, String commitSha) throws RevisionUnavailable, IOException;

    /** For profiles that cannot fetch anything yet: every checkout is refused with {@code reason}. */
    static RevisionSource unavailable(String reason) {
        return (repository, commitSha) -> {
            throw new RevisionUnavailable(reason);
        };
    }
}
