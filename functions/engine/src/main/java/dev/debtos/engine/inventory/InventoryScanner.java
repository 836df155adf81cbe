package dev.debtos.engine.inventory;

import dev.debtos.engine.source.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a working tree and decides, from paths and sizes alone, which files to measure: .gitignore honoured,
 * include/exclude globs applied, vendored and build-output directories skipped without descending into them,
 * symbolic links never followed. Content checks (binary, generated, minified) happen when files are read
 * ({@link SourceLoader}).
 */
public final class InventoryScanner {
    static final Set<String> VENDORED_DIRECTORIES = Set.of("node_modules", "vendor", "third_party", "third-party",
            "thirdparty", "bower_components", "jspm_packages", ".venv", "venv", "site-packages", "Pods", "Carthage",
            ".bundle", "external", "externals");
    static final Set<String> BUILD_DIRECTORIES = Set.of("target", "dist", ".gradle", ".next", ".nuxt", "__pycache__",
            ".tox", ".pytest_cache", ".mypy_cache", "coverage", ".terraform", ".cache");

    private InventoryScanner() {
    }

    public static Inventory scan(Path root, InventoryOptions options) {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new IllegalArgumentException("not a directory: " + root);
        }
        Walk walk = new Walk(base, options);
        try {
            walk.rules = new IgnoreRules(base);
            Files.walkFileTree(base, walk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        walk.files.sort(Comparator.comparing(InventoryEntry::path));
        walk.allPaths.sort(Comparator.naturalOrder());
        return new Inventory(base, List.copyOf(walk.files), Map.copyOf(walk.skipped), List.copyOf(walk.allPaths));
    }

    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final InventoryOptions options;
        private final PathPatterns includes;
        private final PathPatterns excludes;
        private IgnoreRules rules;
        private final List<InventoryEntry> files = new ArrayList<>();
        private final List<String> allPaths = new ArrayList<>();
        private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);

        Walk(Path root, InventoryOptions options) {
            this.root = root;
            this.options = options;
            this.includes = new PathPatterns(options.includes());
            this.excludes = new PathPatterns(options.excludes());
        }

        private String relative(Path path) {
            return root.relativize(path).toString().replace('\\', '/');
        }

        private void skip(SkipReason reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
            String path = relative(dir);
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (!path.isEmpty()) {
                if (name.equals(".git") || name.equals(".hg") || name.equals(".svn")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (VENDORED_DIRECTORIES.contains(name)) {
                    skip(SkipReason.VENDORED);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (BUILD_DIRECTORIES.contains(name)) {
                    skip(SkipReason.BUILD_OUTPUT);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (options.respectGitignore() && rules.isIgnored(path, true)) {
                    skip(SkipReason.GITIGNORED);
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            if (options.respectGitignore()) {
                rules.enter(dir, path);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            rules.leave(relative(dir));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            String path = relative(file);
            if (!attributes.isRegularFile()) {
                skip(SkipReason.UNSUPPORTED); // symbolic links and special files are never followed
                return FileVisitResult.CONTINUE;
            }
            if (options.respectGitignore() && rules.isIgnored(path, false)) {
                skip(SkipReason.GITIGNORED);
                return FileVisitResult.CONTINUE;
            }
            allPaths.add(path);
            if (!includes.isEmpty() && !includes.matches(path) || excludes.matches(path)) {
                skip(SkipReason.EXCLUDED);
                return FileVisitResult.CONTINUE;
            }
            Optional<Language> language = Language.byFileName(file.getFileName().toString());
            if (language.isEmpty() && !file.getFileName().toString().contains(".")) {
                language = Shebangs.read(file);
            }
            if (language.isEmpty()) {
                skip(SkipReason.UNSUPPORTED);
            } else if (attributes.size() > options.maxFileBytes()) {
                skip(SkipReason.OVERSIZED);
            } else {
                files.add(new InventoryEntry(path, language.get(), file, attributes.size()));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            skip(SkipReason.UNREADABLE);
            return FileVisitResult.CONTINUE;
        }
    }
}
