package dev.debtos.engine.rules;

import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import java.util.Map;

/**
 * Copies that are the bodies of one overload family: all in one file, each inside a function of the same name (one
 * method per primitive type, as Java's {@code Arrays.fill} or a specialised stream). The language forces the copies;
 * there is nothing to extract without boxing.
 */
final class OverloadFamilies {

    private OverloadFamilies() {
    }

    static boolean isOverloadFamily(CloneGroup group, Map<String, FileMetrics> files) {
        String path = group.locations().getFirst().path();
        FileMetrics file = files.get(path);
        if (file == null) {
            return false;
        }
        String name = null;
        for (CloneLocation copy : group.locations()) {
            String enclosing = enclosingName(file, copy);
            if (!copy.path().equals(path) || enclosing == null || name != null && !name.equals(enclosing)) {
                return false;
            }
            name = enclosing;
        }
        return true;
    }

    /** The innermost function holding the whole copy, by name. */
    private static String enclosingName(FileMetrics file, CloneLocation copy) {
        FunctionMetrics best = null;
        for (FunctionMetrics fn : file.functions()) {
            boolean holds = fn.startLine() <= copy.startLine() && copy.endLine() <= fn.endLine();
            if (holds && (best == null || fn.endLine() - fn.startLine() < best.endLine() - best.startLine())) {
                best = fn;
            }
        }
        return best == null ? null : best.name();
    }
}
