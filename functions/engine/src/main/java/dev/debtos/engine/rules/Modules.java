package dev.debtos.engine.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A file's module: the nearest ancestor directory holding a build manifest (pom.xml, package.json, go.mod,
 * Cargo.toml, ...), else its top-level directory.
 */
final class Modules {
    private static final Set<String> MANIFESTS = Set.of("pom.xml", "build.gradle", "build.gradle.kts", "package.json",
            "go.mod", "Cargo.toml", "pyproject.toml", "setup.py", "Gemfile", "composer.json", "build.sbt", "Package.swift");

    private final Set<String> moduleDirectories = new HashSet<>();

    Modules(List<String> allPaths) {
        for (String path : allPaths) {
            int slash = path.lastIndexOf('/');
            String name = path.substring(slash + 1);
            if (MANIFESTS.contains(name) || name.endsWith(".csproj")) {
                moduleDirectories.add(slash < 0 ? "" : path.substring(0, slash));
            }
        }
    }

    String of(String path) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String directory = path.substring(0, slash);
            if (moduleDirectories.contains(directory)) {
                return directory;
            }
        }
        int first = path.indexOf('/');
        boolean rootIsModule = moduleDirectories.contains("") && moduleDirectories.size() == 1;
        return first < 0 || rootIsModule ? "" : path.substring(0, first);
    }
}
