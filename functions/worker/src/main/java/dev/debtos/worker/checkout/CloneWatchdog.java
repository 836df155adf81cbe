package dev.debtos.worker.checkout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * Cancels a running fetch when the deadline passes or the git directory grows past the size cap. JGit asks
 * {@link #isCancelled()} while it receives objects; the size is measured at most every {@value #SIZE_CHECK_MILLIS} ms.
 * JGit's own {@code setTimeout} covers a connection that stops sending altogether.
 */
final class CloneWatchdog implements ProgressMonitor {
    private static final long SIZE_CHECK_MILLIS = 500;

    private final Path gitDir;
    private final long maxBytes;
    private final long deadlineNanos;
    private long lastSizeCheck;
    private volatile String reason;

    CloneWatchdog(Path gitDir, long maxBytes, Duration timeout) {
        this.gitDir = gitDir;
        this.maxBytes = maxBytes;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    /** Why the fetch was cancelled, or null. */
    String reason() {
        return reason;
    }

    boolean deadlinePassed() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    @Override
    public boolean isCancelled() {
        if (reason != null) {
            return true;
        }
        if (deadlinePassed()) {
            reason = "the clone took longer than the time limit (CLONE_TIMEOUT)";
            return true;
        }
        long now = System.nanoTime() / 1_000_000;
        if (now - lastSizeCheck >= SIZE_CHECK_MILLIS) {
            lastSizeCheck = now;
            if (bytesOnDisk(gitDir) > maxBytes) {
                reason = "the repository is larger than the size limit (CLONE_MAX_REPOSITORY_MB)";
                return true;
            }
        }
        return false;
    }

    static long bytesOnDisk(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(CloneWatchdog::size).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // files come and go while JGit writes; the next check counts them
        }
    }

    private static long size(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes.size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void start(int totalTasks) {
    }

    @Override
    public void beginTask(String title, int totalWork) {
    }

    @Override
    public void update(int completed) {
    }

    @Override
    public void endTask() {
    }

    @Override
    public void showDuration(boolean enabled) {
    }
}
