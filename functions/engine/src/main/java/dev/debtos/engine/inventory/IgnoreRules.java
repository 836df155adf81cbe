package dev.debtos.engine.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * .gitignore semantics through JGit's own matcher: one node per directory that has a .gitignore (plus the
 * repository's .git/info/exclude); the deepest node with a matching rule decides, as git does.
 */
final class IgnoreRules {
    private record Level(String directory, IgnoreNode node) {
    }

    private final Deque<Level> levels = new ArrayDeque<>();

    IgnoreRules(Path root) throws IOException {
        IgnoreNode exclude = read(root.resolve(".git").resolve("info").resolve("exclude"));
        if (exclude != null) {
            levels.push(new Level("", exclude));
        }
    }

    /** Called when the walk enters a directory ({@code directory} relative, "" for the root). */
    void enter(Path absolute, String directory) throws IOException {
        IgnoreNode node = read(absolute.resolve(".gitignore"));
        if (node != null) {
            levels.push(new Level(directory, node));
        }
    }

    void leave(String directory) {
        while (!levels.isEmpty() && levels.peek().directory().equals(directory) && !directory.isEmpty()) {
            levels.pop();
        }
    }

    boolean isIgnored(String path, boolean directory) {
        for (Level level : levels) { // deepest first
            if (!level.directory().isEmpty() && !path.startsWith(level.directory() + "/")) {
                continue;
            }
            String relative = level.directory().isEmpty() ? path : path.substring(level.directory().length() + 1);
            Boolean ignored = level.node().checkIgnored(relative, directory);
            if (ignored != null) {
                return ignored;
            }
        }
        return false;
    }

    private static IgnoreNode read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(in);
        }
        return node.getRules().isEmpty() ? null : node;
    }
}
