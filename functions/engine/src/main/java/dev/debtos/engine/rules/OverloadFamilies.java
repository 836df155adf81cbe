package dev.debtos.engine.rules;

import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies that are the bodies of one overload family: all in one file, each inside a function of the same name (one
 * method per primitive type, as Java's {@code Arrays.fill} or a specialised stream), or each a run of functions with
 * the same names in the same order (the double run and the float run of {@code min}/{@code max}). The language forces
 * the copies; there is nothing to extract without boxing.
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
        List<String> names = null;
        for (CloneLocation copy : group.locations()) {
            List<String> enclosing = functionNames(file, copy);
            if (!copy.path().equals(path) || enclosing.isEmpty() || names != null && !names.equals(enclosing)) {
                return false;
            }
            names = enclosing;
        }
        return true;
    }

    /**
     * The innermost function holding the whole copy, or, for a copy that spans several functions (a run of overloads:
     * {@code min(double...)}, {@code min(double, double)}... against the same run for float), the names of the
     * functions that start inside it, in order.
     */
    private static List<String> functionNames(FileMetrics file, CloneLocation copy) {
        FunctionMetrics best = null;
        List<String> starting = new ArrayList<>();
        for (FunctionMetrics fn : file.functions()) {
            boolean holds = fn.startLine() <= copy.startLine() && copy.endLine() <= fn.endLine();
            if (holds && (best == null || fn.endLine() - fn.startLine() < best.endLine() - best.startLine())) {
                best = fn;
            }
            if (copy.startLine() <= fn.startLine() && fn.startLine() <= copy.endLine()) {
                starting.add(fn.name());
            }
        }
        return best != null ? List.of(best.name()) : starting;
    }
}
