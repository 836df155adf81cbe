package dev.debtos.worker.pr;

import dev.debtos.platform.scan.Repository;
import dev.debtos.worker.checkout.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Test support: commits of git repositories on this machine (the local profile's {@code file://} repositories): the
 * repository is cloned with JGit into a workspace (objects only, no working files) and hard-reset to the commit, so the
 * tree has the commit's files and its history for the history stage, and the source repository's own working tree is
 * never touched.
 */
public final class LocalGitRevisions implements RevisionSource {
    private final Function<Repository, Optional<Path>> locator;

    /** Repositories whose clone URL is a {@code file://} directory (provider {@code local}). */
    public LocalGitRevisions() {
        this(Repository::localPath);
    }

    /** @param locator where a repository's git directory is on this machine (tests map GitHub rows to a local repo) */
    public LocalGitRevisions(Function<Repository, Optional<Path>> locator) {
        this.locator = locator;
    }

    @Override
    public Workspace checkout(Repository repository, String commitSha) throws RevisionUnavailable, IOException {
        Path source = locator.apply(repository)
                .orElseThrow(() -> new RevisionUnavailable("cloning remote repositories is not available yet: only local git repositories are scanned"));
        if (!Files.isDirectory(source.resolve(".git")) && !Files.isDirectory(source.resolve("objects"))) {
            throw new RevisionUnavailable("the repository's directory is not a git repository");
        }
        ObjectId id;
        try {
            id = ObjectId.fromString(commitSha);
        } catch (IllegalArgumentException e) {
            throw new RevisionUnavailable("not a full commit id");
        }
        Workspace workspace = Workspace.create(Path.of(System.getProperty("java.io.tmpdir"), "debt-os-pr"));
        try (Git clone = Git.cloneRepository().setURI(source.toUri().toString()).setDirectory(workspace.tree().toFile())
                .setNoCheckout(true).setCloneAllBranches(true).call()) {
            RevCommit commit = commit(clone, id);
            // the clone's own branch is moved to the commit: index and files are written from it, HEAD is the commit
            clone.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.getName()).call();
            workspace.resolved(commit.getName(), commit.getTree().getName(), () -> 0);
            return workspace;
        } catch (GitAPIException | RevisionUnavailable | RuntimeException e) {
            workspace.close();
            if (e instanceof RevisionUnavailable unavailable) {
                throw unavailable;
            }
            throw new IOException("checking out the commit failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static RevCommit commit(Git clone, ObjectId id) throws RevisionUnavailable, IOException {
        try (RevWalk walk = new RevWalk(clone.getRepository())) {
            return walk.parseCommit(id);
        } catch (org.eclipse.jgit.errors.MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            throw new RevisionUnavailable("commit " + id.name() + " is not in the repository");
        }
    }
}
