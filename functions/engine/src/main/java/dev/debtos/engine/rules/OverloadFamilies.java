package dev.debtos.engine.rules;

import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Copies that are the bodies of one overload family: all in one file, each inside a function of the same name (one
 * method per primitive type, as Java's {@code Arrays.fill} or a specialised stream), or each a run of functions with
 * the same names in the same order (the double run and the float run of {@code min}/{@code max}), or in files whose
 * names differ only in a primitive type. The language forces the copies; there is nothing to extract without boxing.
 */
final class OverloadFamilies {

    private static final Pattern PRIMITIVES = Pattern.compile(
            "(?:Int|Long|Double|Float|Short|Byte|Char|Boolean)(?=[A-Z._])|(?<=[a-z])(?:Int|Long|Double|Float|Short|Byte|Char|Boolean)$");

    private OverloadFamilies() {
    }

    static boolean isOverloadFamily(CloneGroup group, Map<String, FileMetrics> files) {
        if (isPrimitiveSpecialisation(group)) {
            return true;
        }
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
     * Copies in files whose names differ only in a primitive type ({@code FailableIntPredicate.java},
     * {@code FailableLongPredicate.java}, {@code FailableDoublePredicate.java}): one type per primitive, as Java's
     * {@code IntStream}/{@code LongStream}, which the language forces just as it forces overloads.
     */
    private static boolean isPrimitiveSpecialisation(CloneGroup group) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (CloneLocation copy : group.locations()) {
            String name = copy.path().substring(copy.path().lastIndexOf('/') + 1);
            String stem = PRIMITIVES.matcher(name).replaceAll("#");
            if (stem.equals(name)) {
                return false;
            }
            names.add(name);
            stems.add(stem);
        }
        return stems.size() == 1 && names.size() > 1;
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
