package dev.debtos.engine.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * JavaScript/TypeScript relative specifiers ({@code ./x}, {@code ../y/z}) against the importing file's directory:
 * the exact file, then with each extension, then {@code index.*} inside it as a directory. A {@code .js} specifier
 * also finds the {@code .ts} source (TypeScript's ESM style). Bare specifiers ({@code react}) are packages: external.
 */
final class ScriptImportResolver implements ImportResolver {
    private static final List<String> EXTENSIONS = List.of(".ts", ".tsx", ".d.ts", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs");

    private final RepositoryFiles files;

    ScriptImportResolver(RepositoryFiles files) {
        this.files = files;
    }

    @Override
    public List<String> resolve(FileImports file, String specifier) {
        boolean relative = specifier.equals(".") || specifier.equals("..") || specifier.startsWith("./") || specifier.startsWith("../");
        String base = relative ? RepositoryFiles.join(RepositoryFiles.directory(file.path()), specifier) : null;
        if (base == null) {
            return List.of();
        }
        for (String candidate : candidates(base)) {
            if (files.contains(candidate)) {
                return List.of(candidate);
            }
        }
        return List.of();
    }

    private static List<String> candidates(String base) {
        List<String> candidates = new ArrayList<>();
        candidates.add(base);
        for (String[] swap : new String[][] {{".js", ".ts"}, {".js", ".tsx"}, {".jsx", ".tsx"}, {".mjs", ".mts"}, {".cjs", ".cts"}}) {
            if (base.endsWith(swap[0])) {
                candidates.add(base.substring(0, base.length() - swap[0].length()) + swap[1]);
            }
        }
        String directory = base.isEmpty() ? "index" : base + "/index";
        for (String extension : EXTENSIONS) {
            candidates.add(base + extension);
        }
        for (String extension : EXTENSIONS) {
            candidates.add(directory + extension);
        }
        return candidates;
    }
}
