package dev.debtos.local.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where a running {@code debt-os serve} tells the queue commands its embedded queue's port: a file per user
 * ({@code <tmp>/debt-os-<user>/serve-queue}, "pid port"; the directory is {@code DEBT_OS_RUN_DIR} when set), written
 * when the queue is up and removed on shutdown. So
 * {@code queue-status} finds a serve started with {@code SQS_PORT=0} without being told; a file whose process is gone
 * is ignored.
 */
final class RunningServe {
    private RunningServe() {
    }

    static Path file() {
        String dir = System.getenv("DEBT_OS_RUN_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir, "serve-queue");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "debt-os-" + System.getProperty("user.name", "user"), "serve-queue");
    }

    static void announce(int queuePort) throws IOException {
        Path file = file();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("serve-queue." + ProcessHandle.current().pid());
        Files.writeString(partial, ProcessHandle.current().pid() + " " + queuePort + "\n", StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the file if it is still this process's (another serve may have started since). */
    static void withdraw() {
        try {
            Path file = file();
            if (read(file).map(entry -> entry[0] == ProcessHandle.current().pid()).orElse(false)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // shutting down: a stale file is ignored by readers
        }
    }

    /** The queue port of a serve that is running now, if one announced itself. */
    static Optional<Integer> queuePort() {
        return read(file()).filter(entry -> ProcessHandle.of(entry[0]).map(ProcessHandle::isAlive).orElse(false))
                .map(entry -> (int) entry[1]);
    }

    private static Optional<long[]> read(Path file) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            return Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
