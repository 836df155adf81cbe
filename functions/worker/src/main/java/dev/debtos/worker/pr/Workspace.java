package dev.debtos.worker.pr;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A scan-private working tree in a temp dir; {@link #close()} deletes it (symlinks are deleted, never followed) and
 * only logs what it could not delete.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Workspace.class);
    private final Path root;

    public Workspace(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the analysis is done either way: a leftover temp dir must not fail (and so repeat) the scan
            LOG.warn("The scan's working tree could not be removed completely: {}", e.getClass().getSimpleName());
        }
    }
}
