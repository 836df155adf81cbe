package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.metrics.FileMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Files (classes, modules) too big in lines or total complexity. Many functions alone are no god class: facades of
 * overloads and delegating setters have many small functions and one responsibility, so the function count only
 * adds to the severity of a file that is over the line or complexity limit (up to half as much again). Test files are
 * not judged by size. The severity follows the ratio on the {@link Excess} scale; for a file of static functions only
 * ({@link StaticUtilities}) the ratio is halved and the function count adds nothing, since its functions share no
 * state and many small functions are what a utility library is.
 */
public final class GodFileRule extends RuleMetadata {
    public static final String KEY = "DEBT-GODCLASS-001";

    public GodFileRule() {
        super(KEY, DebtType.GOD_CLASS, "God file",
                "A file with too many lines, functions or too much total complexity holds several responsibilities.");
    }

    /** Lines, functions and complexity are counted exactly and compared with thresholds. */
    @Override
    public Precision precision() {
        return Precision.VERY_HIGH;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleThresholds limits = context.thresholds();
        List<Finding> findings = new ArrayList<>();
        for (FileMetrics file : context.files()) {
            double size = Math.max(file.codeLines() / (double) limits.godFileLines(),
                    file.totalComplexity() / (double) limits.godFileComplexity());
            if (size <= 1.0 || context.isTest(file.path()) || !context.isMaintained(file.path())) {
                continue;
            }
            double ratio = StaticUtilities.isStaticUtility(file, context.sources().get(file.path())) ? size / 2
                    : Math.max(size, Math.min(size * 1.5, file.functionCount() / (double) limits.godFileFunctions()));
            findings.add(new Finding(KEY, DebtType.GOD_CLASS, Excess.severity(ratio), file.path(), 1, Math.max(1, file.physicalLines()),
                    "File has " + file.codeLines() + " lines of code, " + file.functionCount() + " functions and total complexity "
                            + file.totalComplexity() + " (thresholds " + limits.godFileLines() + " / " + limits.godFileFunctions()
                            + " / " + limits.godFileComplexity() + ")",
                    "lines=" + file.codeLines() + " functions=" + file.functionCount() + " complexity=" + file.totalComplexity(),
                    Math.min(960, 120 + file.codeLines() / 20), Fingerprints.of(KEY, file.path(), "file"), 0).withExcess(ratio));
        }
        return findings;
    }
}
