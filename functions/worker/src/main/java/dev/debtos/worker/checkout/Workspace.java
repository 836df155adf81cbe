package dev.debtos.worker.checkout;

import dev.debtos.worker.ScanRejected;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A scan's private temporary directory: {@code tree/} holds the scanned commit (with its {@code .git}). Preparing a
 * workspace fetches the commit and tells which it is ({@link #commit()}, {@link #treeId()}); its files are written
 * by {@link #checkOut()}, which a scan that reuses an earlier scan of the same tree never calls. Closing deletes
 * everything, on every path (success, rejection, failure, cancellation); symbolic links are deleted, never followed,
 * and what cannot be deleted is only logged (the scan's outcome does not depend on it). {@link #inPlace} wraps a
 * directory the scan reads but does not own (a local tree without git): closing it deletes nothing. A workspace
 * still open when the JVM exits (the CLI ends while its worker thread is still deleting) is deleted by a shutdown hook.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Workspace.class);
    private static final Set<Workspace> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> OPEN.forEach(Workspace::close)));
    }

    /** Writes a resolved commit's files into the tree; returns how many it skipped (links, files over the cap). */
    @FunctionalInterface
    public interface Checkout {
        int write() throws ScanRejected, IOException;
    }

    private final Path owned;
    private final Path tree;
    private String commit;
    private String treeId;
    private Checkout pending;
    private int skippedFiles;

    private Workspace(Path owned, Path tree) {
        this.owned = owned;
        this.tree = tree;
    }

    public static Workspace create(Path parent) throws IOException {
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "scan-");
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Workspace workspace = new Workspace(dir, tree);
        OPEN.add(workspace);
        return workspace;
    }

    public static Workspace inPlace(Path directory) {
        return new Workspace(null, directory);
    }

    /** The directory to analyse (its files are there once {@link #checkOut()} ran). */
    public Path tree() {
        return tree;
    }

    /** The commit, or null when the tree is a plain directory. */
    public String commit() {
        return commit;
    }

    /** The git tree id of the commit (equal trees have equal content), or null for a plain directory. */
    public String treeId() {
        return treeId;
    }

    /** The commit is known; {@code checkout} writes its files when {@link #checkOut()} is called. */
    public void resolved(String commitId, String commitTreeId, Checkout checkout) {
        this.commit = commitId;
        this.treeId = commitTreeId;
        this.pending = checkout;
    }

    /** Writes the commit's files into {@link #tree()} (once; nothing to do for a directory used in place). */
    public void checkOut() throws ScanRejected, IOException {
        if (pending != null) {
            Checkout checkout = pending;
            pending = null;
            skippedFiles = checkout.write();
        }
    }

    /** Files not checked out: symbolic links, submodules and files over the single-file cap. */
    public int skippedFiles() {
        return skippedFiles;
    }

    /** The directory this workspace owns (null when in place); for tests. */
    Path ownedDirectory() {
        return owned;
    }

    @Override
    public void close() {
        if (owned == null || !Files.exists(owned)) {
            OPEN.remove(this);
            return;
        }
        try {
            Files.walkFileTree(owned, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    return FileVisitResult.CONTINUE; // already gone: the shutdown hook and close() may race
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            OPEN.remove(this);
        } catch (IOException e) {
            LOG.warn("Scan workspace not fully removed: {}", e.getClass().getSimpleName());
        }
    }
}
