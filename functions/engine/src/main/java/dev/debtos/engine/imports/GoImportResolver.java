package dev.debtos.engine.imports;

import dev.debtos.engine.source.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Go import paths through the repository's go.mod files: in module {@code example.com/m} rooted at directory d, the
 * path {@code example.com/m/sub/pkg} is directory {@code d/sub/pkg}, and resolves to that package's files. Nested
 * modules win by longest module path. External test packages ({@code package x_test}) are never import targets.
 */
final class GoImportResolver implements ImportResolver {
    private record Module(String path, String root) {
    }

    private final List<Module> modules = new ArrayList<>();
    private final Map<String, List<String>> packageFilesByDirectory = new HashMap<>();

    GoImportResolver(Collection<FileImports> files, Map<String, String> goModFiles) {
        goModFiles.forEach((path, content) -> {
            String module = modulePath(content);
            if (module != null) {
                modules.add(new Module(module, RepositoryFiles.directory(path)));
            }
        });
        modules.sort(Comparator.comparingInt((Module module) -> module.path().length()).reversed());
        for (FileImports file : files) {
            if (file.language() == Language.GO && !isExternalTest(file)) {
                packageFilesByDirectory.computeIfAbsent(RepositoryFiles.directory(file.path()), d -> new ArrayList<>()).add(file.path());
            }
        }
    }

    @Override
    public List<String> resolve(FileImports file, String specifier) {
        for (Module module : modules) {
            if (specifier.equals(module.path()) || specifier.startsWith(module.path() + "/")) {
                String relative = specifier.substring(module.path().length());
                String directory = RepositoryFiles.join(module.root(), "." + relative);
                return packageFilesByDirectory.getOrDefault(directory, List.of());
            }
        }
        return List.of();
    }

    /** A Go package is a directory; its external tests are a package of their own. */
    static String packageOf(FileImports file) {
        return RepositoryFiles.directory(file.path()) + (isExternalTest(file) ? " (" + file.declaredPackage() + ")" : "");
    }

    private static boolean isExternalTest(FileImports file) {
        return file.declaredPackage().endsWith("_test");
    }

    /** The {@code module} directive of a go.mod file, or null. */
    static String modulePath(String goMod) {
        for (String line : goMod.split("\n")) {
            int comment = line.indexOf("//");
            String directive = (comment >= 0 ? line.substring(0, comment) : line).trim();
            if (directive.startsWith("module") && directive.length() > 6 && Character.isWhitespace(directive.charAt(6))) {
                return directive.substring(6).trim().replace("\"", "");
            }
        }
        return null;
    }
}
