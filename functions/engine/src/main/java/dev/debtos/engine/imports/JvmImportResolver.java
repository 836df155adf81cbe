package dev.debtos.engine.imports;

import dev.debtos.engine.source.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Java and Kotlin (one namespace): a class is its package plus its file's base name. {@code a.b.C} and static
 * {@code a.b.C.member} or nested {@code a.b.C.Inner} resolve to the file of the longest matching class name;
 * {@code a.b.*} to every file of package a.b (or to class a.b's file). Targets in the importing file's own package are
 * dropped: same-package references need no import, so counting only the redundant explicit ones would be arbitrary.
 * Kotlin imports of top-level functions name no class and stay unresolved.
 */
final class JvmImportResolver implements ImportResolver {
    private final Map<String, List<String>> filesByClass = new HashMap<>();
    private final Map<String, List<String>> filesByPackage = new HashMap<>();
    private final Map<String, String> packageByFile = new HashMap<>();

    JvmImportResolver(Collection<FileImports> files) {
        for (FileImports file : files) {
            if (file.language() == Language.JAVA || file.language() == Language.KOTLIN) {
                filesByClass.computeIfAbsent(file.qualifiedName(), name -> new ArrayList<>()).add(file.path());
                filesByPackage.computeIfAbsent(file.declaredPackage(), name -> new ArrayList<>()).add(file.path());
                packageByFile.put(file.path(), file.declaredPackage());
            }
        }
    }

    @Override
    public List<String> resolve(FileImports file, String specifier) {
        List<String> targets;
        if (specifier.endsWith(".*")) {
            String prefix = specifier.substring(0, specifier.length() - 2);
            targets = filesByPackage.containsKey(prefix) ? filesByPackage.get(prefix) : classFiles(prefix);
        } else {
            targets = classFiles(specifier);
        }
        return targets.stream().filter(target -> !file.declaredPackage().equals(packageByFile.get(target))).toList();
    }

    private List<String> classFiles(String name) {
        for (String candidate = name; ; candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            List<String> files = filesByClass.get(candidate);
            if (files != null) {
                return files;
            }
            if (candidate.indexOf('.') < 0) {
                return List.of();
            }
        }
    }
}
