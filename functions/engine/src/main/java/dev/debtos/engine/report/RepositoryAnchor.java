package dev.debtos.engine.report;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.metrics.FileMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The file that carries repository-wide findings in SARIF. GitHub code scanning shows a result only when it has a
 * location with a file, so a finding about the whole repository (a missing lock file, no tests) is pinned to line 1 of
 * the repository's front page: its README, else its build file, else the first measured file. Symbolic links are
 * passed over, as code scanning cannot show results in them.
 */
final class RepositoryAnchor {

    /** In order of preference; matched case-insensitively against the root directory's entries. */
    static final List<String> CANDIDATES = List.of("readme.md", "readme", "readme.rst", "readme.adoc", "readme.txt",
            "pom.xml", "build.gradle.kts", "build.gradle", "package.json", "pyproject.toml", "setup.py", "go.mod",
            "cargo.toml", "gemfile", "composer.json", "build.sbt", "package.swift", "cmakelists.txt", "makefile");

    private RepositoryAnchor() {
    }

    /** A repository-relative path, or empty when the tree has no file to pin to. */
    static Optional<String> find(AnalysisResult result, Path sourceRoot) {
        Map<String, String> rootFiles = rootFiles(sourceRoot);
        for (String candidate : CANDIDATES) {
            String actual = rootFiles.get(candidate);
            if (actual != null) {
                return Optional.of(actual);
            }
        }
        return result.files().stream().map(FileMetrics::path).filter(path -> !path.isEmpty()).sorted().findFirst();
    }

    /** Lower-cased name → actual name of each regular file directly under the root; the first name wins a tie. */
    private static Map<String, String> rootFiles(Path sourceRoot) {
        Map<String, String> files = new TreeMap<>();
        if (sourceRoot == null || !Files.isDirectory(sourceRoot)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(sourceRoot)) {
            entries.filter(entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS))
                    .map(entry -> entry.getFileName().toString())
                    .sorted()
                    .forEach(name -> files.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
