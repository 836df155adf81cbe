package dev.debtos.engine.imports;

import dev.debtos.engine.source.Language;
import java.util.List;

/**
 * What one file declares about itself and what it imports, as written (resolution to repository files happens in
 * {@link DependencyGraph}).
 *
 * @param declaredPackage Java/Kotlin {@code package a.b}, Go {@code package x}; empty when the file declares none
 * @param specifiers      the imports as written: Java/Kotlin {@code a.b.C}, {@code a.b.*}, {@code a.b.C.member}
 *                        (static); JavaScript/TypeScript module specifiers ({@code ./x}, {@code react}); Go import
 *                        paths; Python {@code a.b} for {@code import a.b} and {@code module:name} for
 *                        {@code from module import name} (module keeps its leading dots when relative, and
 *                        {@code from m import *} is just {@code m})
 */
public record FileImports(String path, Language language, String declaredPackage, List<String> specifiers) {

    public FileImports {
        specifiers = List.copyOf(specifiers);
    }

    /** Java/Kotlin: the class the file is named after, qualified by its package ({@code a.b.C} for a/b/C.java). */
    public String qualifiedName() {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String base = path.substring(slash + 1, dot > slash ? dot : path.length());
        return declaredPackage.isEmpty() ? base : declaredPackage + "." + base;
    }
}
