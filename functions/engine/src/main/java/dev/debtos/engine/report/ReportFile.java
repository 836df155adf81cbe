package dev.debtos.engine.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes a report so that a reader sees the old file or the whole new one, never half of it. */
final class ReportFile {

    private ReportFile() {
    }

    /** Writes a report's bytes to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void replace(Path target, byte[] content) throws IOException {
        replace(target, out -> out.write(content));
    }

    /** Streams the content into a partial file (through a buffer) that then replaces the target. */
    static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // not createTempFile: its owner-only permissions would carry over to the report
        Path partial = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
