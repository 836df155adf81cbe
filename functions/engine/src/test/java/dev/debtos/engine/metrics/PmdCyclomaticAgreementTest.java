package dev.debtos.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.metrics.PmdCyclomaticReport.PmdMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For Java the engine's cyclomatic complexity must equal PMD 7.27.0's CyclomaticComplexity rule. PMD runs
 * in-process on fixtures/java/pmd; for every method or constructor that PMD reports (abstract, interface, native and
 * annotation methods without a body included), the engine must
 * report a function with the same name starting on the same line (PMD's line is the line of the method's
 * name identifier, not of its annotations or modifiers) and with the same cyclomatic value. PMD's counting
 * rules are written down in functions/engine/docs/cyclomatic-pmd-rules.md.
 */
class PmdCyclomaticAgreementTest {

    private static final String FIXTURES = "java/pmd";

    private static Map<String, List<PmdMethod>> pmdByFile;

    @BeforeAll
    static void runPmd() {
        pmdByFile = PmdCyclomaticReport.run(FixtureFiles.directory(FIXTURES)).stream()
                .collect(Collectors.groupingBy(PmdMethod::file));
    }

    static List<String> fixtures() {
        return FixtureFiles.sourceNames(FIXTURES);
    }

    @Test
    void pmdReportsMethodsInEveryFixture() {
        assertThat(fixtures()).hasSizeBetween(8, 15);
        for (String file : fixtures()) {
            assertThat(pmdByFile.getOrDefault(file, List.of()).stream().filter(m -> !m.bodyless()))
                    .as("methods with a body PMD reports in %s", file)
                    .hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void engineCyclomaticEqualsPmd(String file) {
        FileMetrics measured = FileMeasurer.measure(FixtureFiles.sourceFile(FIXTURES, file));
        List<String> rows = new ArrayList<>();
        for (PmdMethod expected : pmdByFile.getOrDefault(file, List.of())) {
            List<FunctionMetrics> candidates = measured.functions().stream()
                    .filter(f -> f.name().equals(expected.name()) && f.startLine() == expected.line())
                    .toList();
            if (candidates.isEmpty()) {
                rows.add(row(expected, "missing: no function '" + expected.name() + "' starting on line "
                        + expected.line()));
            } else if (candidates.size() > 1) {
                rows.add(row(expected, candidates.size() + " functions with this name and line"));
            } else if (candidates.getFirst().cyclomatic() != expected.cyclomatic()) {
                rows.add(row(expected, String.valueOf(candidates.getFirst().cyclomatic())));
            }
        }
        assertThat(rows)
                .withFailMessage(() -> table(file, rows, measured))
                .isEmpty();
    }

    private static String row(PmdMethod m, String engine) {
        return String.format("%-28s %5d %5d   %s", m.name(), m.line(), m.cyclomatic(), engine);
    }

    private static String table(String file, List<String> rows, FileMetrics measured) {
        StringBuilder out = new StringBuilder();
        out.append(rows.size()).append(" method(s) in ").append(file).append(" disagree with PMD 7.27.0:\n");
        out.append(String.format("%-28s %5s %5s   %s%n", "method", "line", "PMD", "engine"));
        rows.forEach(r -> out.append(r).append('\n'));
        out.append("engine reported: ");
        out.append(measured.functions().stream()
                .map(f -> f.name() + "@" + f.startLine() + "=" + f.cyclomatic())
                .collect(Collectors.joining(", ")));
        return out.toString();
    }
}
