package dev.debtos.engine.metrics;

import dev.debtos.engine.source.Language;
import java.util.List;

/** Line counts (as cloc counts them: a line with code and a comment is code) and the functions of one file. */
public record FileMetrics(String path, Language language, int physicalLines, int blankLines, int commentLines,
                          int codeLines, List<FunctionMetrics> functions) {

    public int functionCount() {
        return functions.size();
    }

    /** Sum of the functions' cyclomatic complexity: the file's complexity in hotspot scoring. */
    public int totalComplexity() {
        int total = 0;
        for (FunctionMetrics f : functions) {
            total += f.cyclomatic();
        }
        return total;
    }

    public int maxCyclomatic() {
        int max = 0;
        for (FunctionMetrics f : functions) {
            max = Math.max(max, f.cyclomatic());
        }
        return max;
    }
}
