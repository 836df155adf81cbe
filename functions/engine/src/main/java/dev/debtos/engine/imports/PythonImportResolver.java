package dev.debtos.engine.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Python modules by path: {@code a.b} is {@code a/b.py} or {@code a/b/__init__.py} under a package root (the
 * repository root and every {@code src} directory). In {@code from m import n}, n is first tried as a submodule
 * ({@code m/n.py}), else it is a name defined in m. Relative imports count their dots from the file's package
 * (its directory): {@code from . import x}, {@code from ..pkg import y}.
 */
final class PythonImportResolver implements ImportResolver {
    private final RepositoryFiles files;
    private final List<String> roots = new ArrayList<>(); // "" or "x/src/": prefixes ending in '/'

    PythonImportResolver(RepositoryFiles files) {
        this.files = files;
        TreeSet<String> sourceRoots = new TreeSet<>();
        for (String path : files.all()) {
            for (int at = path.indexOf("src/"); at >= 0; at = path.indexOf("src/", at + 1)) {
                if (at == 0 || path.charAt(at - 1) == '/') {
                    sourceRoots.add(path.substring(0, at + 4));
                }
            }
        }
        roots.add("");
        roots.addAll(sourceRoots);
    }

    @Override
    public List<String> resolve(FileImports file, String specifier) {
        int colon = specifier.indexOf(':');
        String module = colon < 0 ? specifier : specifier.substring(0, colon);
        String name = colon < 0 ? null : specifier.substring(colon + 1);
        int dots = 0;
        while (dots < module.length() && module.charAt(dots) == '.') {
            dots++;
        }
        String modulePath = module.substring(dots).replace('.', '/');
        List<String> bases = new ArrayList<>();
        if (dots > 0) {
            bases.add(RepositoryFiles.join(RepositoryFiles.directory(file.path()), "../".repeat(dots - 1) + modulePath));
        } else {
            roots.forEach(root -> bases.add(root + modulePath));
        }
        for (String base : bases) {
            String found = base == null ? null : name != null ? moduleFile(join(base, name)) : null;
            if (found == null && base != null) {
                found = modulePath.isEmpty() ? existing(join(base, "__init__.py")) : moduleFile(base);
            }
            if (found != null) {
                return List.of(found);
            }
        }
        return List.of();
    }

    private String moduleFile(String base) {
        String module = existing(base + ".py");
        return module != null ? module : existing(join(base, "__init__.py"));
    }

    private String existing(String path) {
        return files.contains(path) ? path : null;
    }

    private static String join(String directory, String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }
}
