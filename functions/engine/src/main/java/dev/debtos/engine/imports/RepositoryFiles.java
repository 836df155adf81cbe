package dev.debtos.engine.imports;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** The repository's file paths ('/'-separated, relative to its root) and the path arithmetic imports need. */
final class RepositoryFiles {
    private final Set<String> paths;

    RepositoryFiles(Collection<String> paths) {
        this.paths = new HashSet<>(paths);
    }

    boolean contains(String path) {
        return path != null && paths.contains(path);
    }

    Set<String> all() {
        return paths;
    }

    /** The directory holding a file, "" at the root. */
    static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** {@code relative} resolved against {@code directory}, "." and ".." applied; null when it leaves the root. */
    static String join(String directory, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (directory + "/" + relative).split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
