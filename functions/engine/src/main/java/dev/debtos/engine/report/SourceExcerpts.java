package dev.debtos.engine.report;

import dev.debtos.engine.secrets.SecretMask;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads code excerpts from the analysed tree: the finding's lines and two on each side. A path that leaves the tree
 * (through {@code ..} or a symbolic link), a missing or oversized file, or lines past its end give no excerpt. Long
 * regions are cut after {@link #MAX_REGION_LINES} lines and long lines after {@link #MAX_LINE_CHARS} characters,
 * so a report stays small; undecodable bytes show as U+FFFD; secrets are masked ({@link SecretMask}).
 */
final class SourceExcerpts {

    static final int CONTEXT_LINES = 2;
    static final int MAX_REGION_LINES = 12;
    static final int MAX_LINE_CHARS = 160;
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final Path root;

    SourceExcerpts(Path sourceRoot) {
        this.root = realPath(sourceRoot);
    }

    Optional<CodeExcerpt> around(String path, int startLine, int endLine) {
        if (root == null || path == null || path.isEmpty() || startLine < 1) {
            return Optional.empty();
        }
        Path file = insideRoot(path);
        if (file == null) {
            return Optional.empty();
        }
        int regionEnd = Math.max(startLine, endLine);
        int shownEnd = Math.min(regionEnd, startLine + MAX_REGION_LINES - 1);
        int first = Math.max(1, startLine - CONTEXT_LINES);
        int last = shownEnd + (shownEnd < regionEnd ? 0 : CONTEXT_LINES);
        List<String> lines = read(file, first, last);
        if (lines.size() < startLine - first + 1) {
            return Optional.empty();
        }
        return Optional.of(new CodeExcerpt(path, first, lines, startLine, Math.min(shownEnd, first + lines.size() - 1),
                regionEnd));
    }

    private Path insideRoot(String path) {
        try {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
                return null;
            }
            Path real = file.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    private static List<String> read(Path file, int first, int last) {
        List<String> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null && ++number <= last) {
                if (number >= first) {
                    lines.add(clip(SecretMask.maskLine(line.stripTrailing())));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return lines;
    }

    private static String clip(String line) {
        return line.length() <= MAX_LINE_CHARS ? line : line.substring(0, MAX_LINE_CHARS) + " …";
    }

    private static Path realPath(Path sourceRoot) {
        try {
            return sourceRoot == null ? null : sourceRoot.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
