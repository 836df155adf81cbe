package dev.debtos.worker.checkout;

import dev.debtos.worker.ScanRejected;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes one commit's tree from the object database into a directory: regular and executable files only.
 * Symbolic links and submodules are never created (nothing can point out of the tree), a path with an empty,
 * {@code .}, {@code ..} or {@code .git} segment is refused, files over the single-file cap are skipped and
 * counted, and the file-count, total-size and time caps end the checkout with a {@link ScanRejected}.
 */
final class TreeMaterializer {
    private final CheckoutLimits limits;
    private final CloneWatchdog clock;

    TreeMaterializer(CheckoutLimits limits, CloneWatchdog clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Checked-out paths and their blob ids, and how many files were skipped. */
    record Result(Map<String, String> blobIds, int skipped) {
    }

    Result write(Repository repository, ObjectId commit, Path target, long bytesAlready) throws IOException, ScanRejected {
        Map<String, String> blobIds = new HashMap<>();
        int skipped = 0;
        long bytes = bytesAlready;
        try (ObjectReader reader = repository.newObjectReader(); RevWalk commits = new RevWalk(reader);
             TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(commits.parseCommit(commit).getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    skipped++; // symbolic links and submodules
                    continue;
                }
                String path = walk.getPathString();
                Path file = safePath(target, path);
                ObjectLoader loader = reader.open(walk.getObjectId(0), Constants.OBJ_BLOB);
                long size = loader.getSize();
                if (size > limits.maxFileBytes()) {
                    skipped++;
                    continue;
                }
                if (blobIds.size() >= limits.maxFiles()) {
                    throw new ScanRejected("the repository has more files than the limit (CLONE_MAX_FILES)");
                }
                bytes += size;
                if (bytes > limits.maxRepositoryBytes()) {
                    throw new ScanRejected("the repository is larger than the size limit (CLONE_MAX_REPOSITORY_MB)");
                }
                if (clock.deadlinePassed()) {
                    throw new ScanRejected("the checkout took longer than the time limit (CLONE_TIMEOUT)");
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                    loader.copyTo(out);
                }
                blobIds.put(path, walk.getObjectId(0).name());
            }
        }
        return new Result(blobIds, skipped);
    }

    private static Path safePath(Path target, String path) throws ScanRejected {
        for (String segment : path.split("/", -1)) {
            String lower = segment.toLowerCase(Locale.ROOT);
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || lower.equals(".git")
                    || segment.indexOf('\\') >= 0 || segment.indexOf(0) >= 0) {
                throw new ScanRejected("the repository contains an unsafe path");
            }
        }
        Path file = target.resolve(path).normalize();
        if (!file.startsWith(target)) {
            throw new ScanRejected("the repository contains an unsafe path");
        }
        return file;
    }
}
