package dev.debtos.worker.checkout;

import dev.debtos.worker.ScanRejected;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * counted, and the file-count, total-size and time caps end the checkout with a {@link ScanRejected}. The tree is
 * walked first (every path checked before any file is written), then the files are inflated and written by up to
 * {@value #MAX_WRITERS} threads, each with its own object reader.
 */
final class TreeMaterializer {
    static final int MAX_WRITERS = 4;

    private final CheckoutLimits limits;
    private final CloneWatchdog clock;

    TreeMaterializer(CheckoutLimits limits, CloneWatchdog clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Checked-out paths and their blob ids, and how many files were skipped. */
    record Result(Map<String, String> blobIds, int skipped) {
    }

    /** A regular file of the tree: where it goes and its blob. */
    private record Entry(String path, Path file, ObjectId blob) {
    }

    Result write(Repository repository, ObjectId commit, Path target, long bytesAlready) throws IOException, ScanRejected {
        List<Entry> entries = new ArrayList<>();
        int links = 0;
        try (ObjectReader reader = repository.newObjectReader(); RevWalk commits = new RevWalk(reader);
             TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(commits.parseCommit(commit).getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    links++; // symbolic links and submodules
                    continue;
                }
                String path = walk.getPathString();
                entries.add(new Entry(path, safePath(target, path), walk.getObjectId(0)));
            }
        }
        Writing writing = new Writing(repository, entries, bytesAlready);
        int writers = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_WRITERS);
        if (writers == 1 || entries.size() < 2) {
            writing.run();
        } else {
            try (ExecutorService pool = Executors.newFixedThreadPool(writers, Thread.ofPlatform().name("checkout-", 1).daemon().factory())) {
                for (int i = 0; i < writers; i++) {
                    pool.execute(writing::run);
                }
            }
        }
        writing.rethrow();
        return new Result(writing.blobIds, links + writing.oversized.get());
    }

    /** The files written by whichever thread takes the next one; the first failure stops them all. */
    private final class Writing implements Runnable {
        private final Repository repository;
        private final List<Entry> entries;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger written = new AtomicInteger();
        private final AtomicInteger oversized = new AtomicInteger();
        private final AtomicLong bytes;
        private final Map<String, String> blobIds = new ConcurrentHashMap<>();
        private final AtomicReference<Exception> failure = new AtomicReference<>();

        Writing(Repository repository, List<Entry> entries, long bytesAlready) {
            this.repository = repository;
            this.entries = entries;
            this.bytes = new AtomicLong(bytesAlready);
        }

        @Override
        public void run() {
            try (ObjectReader reader = repository.newObjectReader()) {
                for (int i = next.getAndIncrement(); i < entries.size() && failure.get() == null; i = next.getAndIncrement()) {
                    write(reader, entries.get(i));
                }
            } catch (IOException | ScanRejected | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }

        private void write(ObjectReader reader, Entry entry) throws IOException, ScanRejected {
            ObjectLoader loader = reader.open(entry.blob(), Constants.OBJ_BLOB);
            long size = loader.getSize();
            if (size > limits.maxFileBytes()) {
                oversized.incrementAndGet();
                return;
            }
            if (written.incrementAndGet() > limits.maxFiles()) {
                throw new ScanRejected("the repository has more files than the limit (CLONE_MAX_FILES)");
            }
            if (bytes.addAndGet(size) > limits.maxRepositoryBytes()) {
                throw new ScanRejected("the repository is larger than the size limit (CLONE_MAX_REPOSITORY_MB)");
            }
            if (clock.deadlinePassed()) {
                throw new ScanRejected("the checkout took longer than the time limit (CLONE_TIMEOUT)");
            }
            Files.createDirectories(entry.file().getParent());
            try (OutputStream out = Files.newOutputStream(entry.file(), StandardOpenOption.CREATE_NEW)) {
                loader.copyTo(out);
            }
            blobIds.put(entry.path(), entry.blob().name());
        }

        void rethrow() throws IOException, ScanRejected {
            switch (failure.get()) {
                case null -> { }
                case ScanRejected rejected -> throw rejected;
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                default -> throw new IllegalStateException(failure.get());
            }
        }
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
