package dev.debtos.local.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Which scan's results the reports in a directory's {@code .debt-os/} show ({@value #FILE}): a rescan that reuses
 * exactly that scan's results (an unchanged tree) keeps the reports instead of analysing again to rewrite them.
 */
final class ReportedScan {
    static final String FILE = "scan-id";

    private final Path file;

    ReportedScan(Path reports) {
        this.file = reports.resolve(FILE);
    }

    /** True when the reports show the results of {@code scanId}. */
    boolean is(UUID scanId) {
        try {
            return Files.isRegularFile(file) && Files.readString(file).strip().equals(scanId.toString());
        } catch (IOException e) {
            return false;
        }
    }

    /** The reports now show the results of {@code scanId} (written by its analysis, or kept because it reused them). */
    void record(UUID scanId) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, scanId + "\n");
    }
}
