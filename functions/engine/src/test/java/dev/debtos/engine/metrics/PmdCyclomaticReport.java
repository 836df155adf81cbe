package dev.debtos.engine.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * Runs PMD 7's CyclomaticComplexity rule in-process over a directory of Java files (ruleset
 * {@code pmd/cyclomatic-ruleset.xml}: every method reported) and returns one row per reported method or
 * constructor. The line is PMD's begin line of the violation: the line of the method's <em>name</em>.
 */
final class PmdCyclomaticReport {

    /** One method or constructor as PMD reports it; {@code bodyless} for abstract/interface/native methods. */
    record PmdMethod(String file, String name, int line, int cyclomatic, boolean bodyless) {
    }

    private static final Pattern METHOD_MESSAGE =
            Pattern.compile("^The (?:method|constructor) '.*' has a cyclomatic complexity of (\\d+)\\.$");

    private PmdCyclomaticReport() {
    }

    static List<PmdMethod> run(Path directory) {
        PMDConfiguration config = new PMDConfiguration();
        config.setDefaultLanguageVersion(LanguageRegistry.PMD.getLanguageVersionById("java", "25"));
        config.addRuleSet(rulesetPath().toString());
        config.addInputPath(directory);
        config.setIgnoreIncrementalAnalysis(true);
        config.setThreads(0);

        Report report;
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            report = pmd.performAnalysisAndCollectReport();
        }
        List<String> problems = new ArrayList<>();
        report.getProcessingErrors().forEach(e -> problems.add(e.getFileId() + ": " + e.getMsg()));
        report.getConfigurationErrors().forEach(e -> problems.add(e.rule().getName() + ": " + e.issue()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PMD could not analyse the fixtures: " + problems);
        }
        return methods(report.getViolations());
    }

    private static List<PmdMethod> methods(List<RuleViolation> violations) {
        Set<String> bodyless = new HashSet<>();
        for (RuleViolation v : violations) {
            if (v.getRule().getName().equals("BodylessMethod")) {
                bodyless.add(position(v));
            }
        }
        List<PmdMethod> methods = new ArrayList<>();
        for (RuleViolation v : violations) {
            if (!v.getRule().getName().equals("CyclomaticComplexity")) {
                continue;
            }
            Matcher m = METHOD_MESSAGE.matcher(v.getDescription());
            if (!m.matches()) {
                continue; // the class totals
            }
            String name = v.getAdditionalInfo().get(RuleViolation.METHOD_NAME);
            methods.add(new PmdMethod(v.getFileId().getFileName(), name, v.getBeginLine(),
                    Integer.parseInt(m.group(1)), bodyless.contains(position(v))));
        }
        return methods;
    }

    private static String position(RuleViolation v) {
        return v.getFileId().getAbsolutePath() + ":" + v.getBeginLine() + ":" + v.getBeginColumn();
    }

    private static Path rulesetPath() {
        try {
            return Path.of(PmdCyclomaticReport.class.getResource("/pmd/cyclomatic-ruleset.xml").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
