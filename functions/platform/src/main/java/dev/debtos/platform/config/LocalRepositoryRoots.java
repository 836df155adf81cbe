package dev.debtos.platform.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * LOCAL_REPOSITORY_ROOTS: the directories under which the API may connect a local repository (local profile), a
 * list separated by {@code :} or {@code ,}, each absolute. Default: the directory the process was started in and
 * REPO_STORAGE_PATH. Without it any signed-in user could connect {@code /etc} or another user's home and read it
 * through findings' evidence. {@code debt-os scan DIR} at a terminal is the person choosing and is not bound by it.
 */
public final class LocalRepositoryRoots {
    private LocalRepositoryRoots() {
    }

    static List<Path> read(Env env, Path repoStoragePath) {
        var raw = env.optional("LOCAL_REPOSITORY_ROOTS");
        if (raw.isEmpty()) {
            return List.of(Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize(), repoStoragePath);
        }
        List<Path> roots = new ArrayList<>();
        for (String item : raw.get().split("[:,]")) {
            if (item.isBlank()) {
                continue;
            }
            Path root;
            try {
                root = Path.of(item.strip());
            } catch (java.nio.file.InvalidPathException e) {
                throw new ConfigException("LOCAL_REPOSITORY_ROOTS", "holds a path that is not valid");
            }
            if (!root.isAbsolute()) {
                throw new ConfigException("LOCAL_REPOSITORY_ROOTS", "must list absolute directories separated by ':'");
            }
            roots.add(root.normalize());
        }
        if (roots.isEmpty()) {
            throw new ConfigException("LOCAL_REPOSITORY_ROOTS", "must list at least one absolute directory");
        }
        return List.copyOf(roots);
    }
}
