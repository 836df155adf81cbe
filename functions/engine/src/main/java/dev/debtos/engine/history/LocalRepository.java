package dev.debtos.engine.history;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/** Opens the repository in a directory: a work tree with {@code .git} or a bare repository, never a parent's. */
final class LocalRepository {

    private LocalRepository() {
    }

    // FS.DETECTED probes the file system once per JVM and caches the result under the user's config dir;
    // in Lambda point XDG_CONFIG_HOME / user.home at /tmp (ENVIRONMENT.md).
    static Repository open(Path directory) throws IOException {
        File gitDir = RepositoryCache.FileKey.resolve(directory.toFile(), FS.DETECTED);
        if (gitDir == null) {
            throw new RepositoryNotFoundException(directory.toFile());
        }
        return new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
    }
}
