package dev.debtos.engine.rules;

import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.SourceFile;
import java.util.regex.Pattern;

/**
 * Files of static functions only: a class whose every method is declared {@code static} (its own constructor aside,
 * which such classes keep to forbid instances). Its functions share no instance state, so its size is the cost of
 * finding a function, not of changing several together. Told from the declarations alone, in the languages that mark
 * a function {@code static} (Java, C#, C++, PHP, TypeScript); no file of another language is one.
 */
final class StaticUtilities {
    private static final Pattern STATIC = Pattern.compile("\\bstatic\\b");
    private static final int DECLARATION_LINES = 4;

    private StaticUtilities() {
    }

    static boolean isStaticUtility(FileMetrics file, SourceFile source) {
        if (source == null || file.functions().isEmpty()) {
            return false;
        }
        String className = className(file.path());
        boolean anyStatic = false;
        for (FunctionMetrics fn : file.functions()) {
            if (fn.name().equals(className)) {
                continue;
            }
            String declaration = source.lines(fn.startLine(), fn.startLine() + DECLARATION_LINES - 1);
            int name = declaration.indexOf(fn.name() + "(");
            if (name < 0 || !STATIC.matcher(declaration.substring(0, name)).find()) {
                return false;
            }
            anyStatic = true;
        }
        return anyStatic;
    }

    private static String className(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
